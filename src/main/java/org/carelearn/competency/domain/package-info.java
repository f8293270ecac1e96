/**
 * What a competency is and how a person shows it: frameworks and their proficiency scales, the level each job
 * needs, the evidence people give (courses, observed validations, self-assessments, prior learning) and the one
 * rule that turns evidence and a date into a standing: not started, in progress, competent, expiring, expired.
 */
package org.carelearn.competency.domain;
