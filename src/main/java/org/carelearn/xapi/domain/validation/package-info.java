/**
 * The data rules of a statement (xAPI 1.0.3 Part Two, and 2.0.0), checked at the edge before anything is
 * stored: {@link org.carelearn.xapi.domain.validation.StatementValidator} is the entry point; one rules class
 * per part of a statement (actor, object, activity, result, context, attachments).
 */
package org.carelearn.xapi.domain.validation;
