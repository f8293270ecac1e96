package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import org.carelearn.platform.json.Jsons;

/**
 * Who is calling the LRS, as its authentication established: what they may do, the authority that
 * statements they store will carry and, for a launch session's credentials, the session that limits them.
 *
 * @param session the launch session these credentials belong to, or {@code null} for an LRS client
 */
public record LrsCredentials(String name, boolean canRead, boolean canWrite, JsonObject authority,
        SessionScope session) {

    /** The authority of a client: an agent identified by the client's key under the LRS's address. */
    public static LrsCredentials ofClient(String key, String name, boolean canRead, boolean canWrite, String homePage) {
        return new LrsCredentials(name, canRead, canWrite, authority(key, name, homePage), null);
    }

    /** A launch session's credentials: read and write, limited by the session. */
    public static LrsCredentials ofSession(SessionScope session, String homePage) {
        JsonObject authority = authority("launch-sessions", "CareLearn launch sessions", homePage);
        return new LrsCredentials("launch session", true, true, authority, session);
    }

    private static JsonObject authority(String key, String name, String homePage) {
        return Jsons.createObjectBuilder().add("objectType", "Agent").add("name", name)
                .add("account", Jsons.createObjectBuilder().add("homePage", homePage).add("name", key)).build();
    }

    public boolean isSession() {
        return session != null;
    }
}
