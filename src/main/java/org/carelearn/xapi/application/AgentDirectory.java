package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who the agents of statements are, for the admins' statement browser. The LRS stores agents, not people:
 * learners appear in statements as accounts with opaque names (no personal data travels with a statement),
 * so only the context that gave them those accounts can say whose they are. It implements this port
 * ({@code learning}); without an implementation the browser shows agents as the statements name them.
 */
public interface AgentDirectory {

    /**
     * The people whose name, employee id or e-mail matches the text, each with the agent their statements
     * carry, best matches first, at most {@code max}. People who have no agent yet (never enrolled) are left out.
     */
    List<Person> find(String text, int max);

    /**
     * Who these agents are, by their identity key ({@link org.carelearn.xapi.domain.statement.Agents#identityKey}), for
     * those the directory knows; the others are missing from the map.
     */
    Map<String, String> describe(Collection<JsonObject> agents);

    /** A person as the statement browser names them ("Diego Alvarez (LR3005)") and the agent they are. */
    record Person(String description, JsonObject agent) {
    }
}
