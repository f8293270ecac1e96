/**
 * /api/competencies: a person's competency profile and evidence, who is competent in a competency, and the
 * frameworks as CASE packages.
 */
package org.carelearn.competency.rest;
