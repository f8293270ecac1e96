/**
 * The append-only audit trail: who did what, when, to which record, from which address. Every context
 * records through {@link org.carelearn.audit.application.AuditTrail}; nothing updates or deletes an event.
 */
package org.carelearn.audit;
