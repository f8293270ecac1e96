/**
 * Use cases of the staff directory: keeping departments, job roles and staff up to date (by hand or from
 * the HR feed), issuing and protecting sign-in accounts. Each change is audited in its own transaction.
 */
package org.carelearn.staff.application;
