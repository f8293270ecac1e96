package org.carelearn.xapi.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Who is calling the LRS, as its authentication established: what they may do and the authority that
 * statements they store will carry.
 */
public record LrsCredentials(String name, boolean canRead, boolean canWrite, JsonObject authority) {

    /** The authority of a client: an agent identified by the client's key under the LRS's address. */
    public static LrsCredentials ofClient(String key, String name, boolean canRead, boolean canWrite, String homePage) {
        JsonObject authority = Json.createObjectBuilder().add("objectType", "Agent").add("name", name)
                .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", key)).build();
        return new LrsCredentials(name, canRead, canWrite, authority);
    }
}
