package org.carelearn.platform.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * The person signed in, as any context's pages need them: their account, their staff record and their roles.
 * A small record, so that no context reaches for another's accounts or staff entities to learn who is there.
 *
 * @param username the account's user name
 * @param employeeId their staff record, by employee id
 * @param displayName their name as pages show it
 * @param roles what they may do
 */
public record SignedInPerson(String username, String employeeId, String displayName, Set<Role> roles)
        implements Serializable {

    public SignedInPerson {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(employeeId, "employeeId");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
