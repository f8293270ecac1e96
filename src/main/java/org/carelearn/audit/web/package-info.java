/** The admins' view of the audit trail. */
package org.carelearn.audit.web;
