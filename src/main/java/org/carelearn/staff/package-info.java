/**
 * The staff directory: departments, job roles, staff members and their managers, and the sign-in
 * accounts that let staff into CareLearn. Later contexts (assignments, competencies, case records) refer
 * to staff through this context's application services.
 */
package org.carelearn.staff;
