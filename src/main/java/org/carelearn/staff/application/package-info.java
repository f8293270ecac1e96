/**
 * Use cases of the staff directory: keeping departments, job roles and staff up to date (by hand or from
 * the HR feed), issuing and protecting sign-in accounts. Each change is announced as an event of
 * {@code staff.domain} inside the transaction that makes it, for the audit trail to observe.
 */
package org.carelearn.staff.application;
