/**
 * Notification: reminders, overdue notices, escalations and managers' weekly digests by e-mail, through
 * WildFly's mail session. It reads what is required of whom from assignment's application service and who
 * manages whom from staff's, claims each message in its own table before sending it, and keeps every message
 * for admins to read. No other context knows it.
 */
package org.carelearn.notification;
