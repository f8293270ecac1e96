/** The catalog's storage: JPA for courses and versions, JDBC streams for the files of a package. */
package org.carelearn.catalog.infrastructure;
