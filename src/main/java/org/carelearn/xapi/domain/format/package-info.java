/**
 * The typed strings a statement is made of (IRI, IRL, ISO 8601 timestamp and duration, language tag,
 * mailbox, SHA-1 hex, UUID): one syntax check each, shared by the validation rules and the request parameters.
 */
package org.carelearn.xapi.domain.format;
