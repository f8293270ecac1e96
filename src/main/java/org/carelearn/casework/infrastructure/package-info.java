/** Case records through JPA, people through staff's directory, the response letter through OpenPDF. */
package org.carelearn.casework.infrastructure;
