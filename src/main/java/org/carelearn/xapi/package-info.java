/**
 * The built-in xAPI 1.0.3 Learning Record Store. It stores agents, not staff: it knows no other context.
 * Statement rules are checked at the edge ({@link org.carelearn.xapi.domain.validation.StatementValidator}); clients
 * authenticate with keys issued by an admin.
 */
package org.carelearn.xapi;
