package org.carelearn.platform.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who did something and from where, as the audit trail records it. Application services take an actor
 * explicitly so that work done off the request thread (an import running in the background) still
 * names the person who started it.
 *
 * @param username the account's user name, or {@link #SYSTEM_NAME} for CareLearn's own work
 * @param remoteAddress the client's address, or {@code null} when there is no request
 */
public record Actor(String username, String remoteAddress) implements Serializable {

    public static final String SYSTEM_NAME = "system";

    public Actor {
        Objects.requireNonNull(username, "username");
    }

    /** CareLearn itself, for example when it loads demo data at start-up. */
    public static Actor system() {
        return new Actor(SYSTEM_NAME, null);
    }
}
