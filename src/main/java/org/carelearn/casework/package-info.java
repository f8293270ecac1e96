/**
 * Casework: the patient relations department's case records (complaints and grievances), the CMS grievance
 * clock, the written response, and who may see a case. It reads people through staff's application service and
 * announces what happened (a case recorded, changed, viewed, refused) as events for the audit trail; nothing of a
 * case leaves it but its opaque id.
 */
package org.carelearn.casework;
