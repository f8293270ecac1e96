/** The statement store in plain JDBC (its write rate is the LRS's headline figure) and the clients in JPA. */
package org.carelearn.xapi.infrastructure;
