/**
 * The fictional Linden Ridge Cancer Center: departments, job roles, staff and one account per role,
 * loaded into an empty database on first start so that CareLearn can be tried at once. Every person in
 * it is invented. It loads through the same services and HR feed as real data, and never into a
 * database that already holds departments or staff.
 */
package org.carelearn.demo;
