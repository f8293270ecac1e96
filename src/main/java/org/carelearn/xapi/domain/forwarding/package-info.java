/**
 * Forwarding stored statements to an external LRS: its configuration and cursor, the queue of statements in
 * stored order, batches, back-off after failures, and the statements held back after a refusal for good.
 */
package org.carelearn.xapi.domain.forwarding;
