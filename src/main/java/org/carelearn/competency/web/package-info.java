/**
 * The competency pages: a person's profile (with its validation and evidence part), the manager's grid and its
 * export, the requirements admin page, the frameworks admin pages (list, a framework, CASE import); the
 * validators' approvals (admin), the validator's worklist and the bedside validation form.
 */
package org.carelearn.competency.web;
