/** The read models' tables in plain JDBC. */
package org.carelearn.reporting.infrastructure;
