/** JPA repositories of the staff directory and the Elytron bcrypt password hasher. */
package org.carelearn.staff.infrastructure;
