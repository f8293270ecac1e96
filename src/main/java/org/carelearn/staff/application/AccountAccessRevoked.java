package org.carelearn.staff.application;

/**
 * An account's existing sign-ins may no longer be trusted: its password changed (by the person or an admin) or
 * the account was deactivated. Every session of the account ends, except the one that made the change.
 *
 * @param username the account's user name
 * @param reason why, in words for the audit trail
 */
public record AccountAccessRevoked(String username, String reason) {
}
