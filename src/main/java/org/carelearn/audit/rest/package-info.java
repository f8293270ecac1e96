/** The audit trail over REST, for admins and the hospital's log collectors. */
package org.carelearn.audit.rest;
