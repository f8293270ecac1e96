/**
 * The LRS's domain, one sub-package per subject: {@code statement} (statements as stored and queried),
 * {@code validation} (the data rules a statement must pass), {@code format} (the typed strings those rules
 * check), {@code document} (state and profile documents), {@code forwarding} (sending statements to another
 * LRS, and the ones held back) and {@code client} (who may use the LRS). Here: what all of them share, the
 * {@link org.carelearn.xapi.domain.XapiEdition} a request speaks, and the one event the LRS publishes,
 * {@link org.carelearn.xapi.domain.LrsAdministered}.
 */
package org.carelearn.xapi.domain;
