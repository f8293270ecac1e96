/** Competency storage: JPA repositories and the standings read model in plain JDBC. */
package org.carelearn.competency.infrastructure;
