package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.validation.StatementValidator;

/**
 * The Person Object of the Agents resource (xAPI 1.0.3, Part Three, 2.4): every property an array, so
 * one person can carry several identifiers. The LRS does not link identifiers to one another, so the
 * person it knows is the agent it was asked about, which the specification allows.
 */
public final class Persons {

    private static final String[] PROPERTIES = {"name", "mbox", "mbox_sha1sum", "openid", "account"};

    private Persons() {
    }

    /** @param agent an Agent that passed {@link StatementValidator#validateAgentParameter} */
    public static JsonObject of(JsonObject agent) {
        JsonObjectBuilder person = Jsons.createObjectBuilder().add("objectType", "Person");
        for (String property : PROPERTIES) {
            if (agent.containsKey(property)) {
                person.add(property, Jsons.createArrayBuilder().add(agent.get(property)));
            }
        }
        return person.build();
    }
}
