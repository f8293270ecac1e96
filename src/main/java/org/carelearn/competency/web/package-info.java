/**
 * The competency pages: a person's profile, the manager's grid and its export, the requirements admin page, and
 * the frameworks admin pages (list, a framework, CASE import).
 */
package org.carelearn.competency.web;
