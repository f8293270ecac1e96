/**
 * A framework in and out of CareLearn as a 1EdTech CASE 1.1 package (Competencies and Academic Standards
 * Exchange): the mapping between a {@code FrameworkDefinition} and CASE JSON, and the refusal, with every reason,
 * of a file that does not describe a framework CareLearn can hold.
 */
package org.carelearn.competency.application.exchange;
