/**
 * Case records and the rules they keep: complaint or grievance, status with its history, the grievance clock,
 * the written response, the category taxonomy and who may see a case.
 */
package org.carelearn.casework.domain;
