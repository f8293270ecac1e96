/**
 * Learning: enrolments in course versions, cmi5 launch sessions and the rules they follow, completion
 * derived from the LRS's statements (moveOn per AU, block and course), transcripts and certificates.
 */
package org.carelearn.learning;
