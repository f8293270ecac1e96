/** The competency pages: a person's profile, the manager's grid and its export, the requirements admin page. */
package org.carelearn.competency.web;
