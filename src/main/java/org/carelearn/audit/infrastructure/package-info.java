/** JPA storage of the audit trail. */
package org.carelearn.audit.infrastructure;
