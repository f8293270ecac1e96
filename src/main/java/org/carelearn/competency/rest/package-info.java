/** /api/competencies: a person's competency profile and evidence, and who is competent in a competency. */
package org.carelearn.competency.rest;
