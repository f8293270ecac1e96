/** Departments, job roles, staff members, accounts, and the rules that keep them consistent. */
package org.carelearn.staff.domain;
