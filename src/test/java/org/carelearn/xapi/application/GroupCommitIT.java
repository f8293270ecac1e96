package org.carelearn.xapi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.carelearn.platform.json.Jsons;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleStatements;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.XapiEdition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Group commit's shared transaction does not look for ids already stored; the unique key refuses them, and the
 * group is then stored write by write. What each client is answered must be what it would be answered alone.
 */
@ExtendWith(ArquillianExtension.class)
class GroupCommitIT {

    private static final LrsCredentials CLIENT = LrsCredentials.ofClient("demo-lrs-client", "Demo LRS client", true,
            true, "http://localhost:8080/xapi/clients");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    GroupCommit groups;

    @Inject
    StatementStore store;

    @Test
    void aGroupOfNewStatementsIsStoredTogether() {
        JsonObject first = SampleStatements.completed();
        JsonObject second = SampleStatements.completed();
        JsonObject third = SampleStatements.completed();

        List<Object> outcomes = groups.storeTogether(List.of(submission(first, second), submission(third)));

        assertEquals(List.of(List.of(first.getString("id"), second.getString("id")), List.of(third.getString("id"))),
                outcomes);
        for (JsonObject sent : List.of(first, second, third)) {
            assertEquals(sent.getJsonObject("result"), stored(sent).getJsonObject("result"));
        }
    }

    @Test
    void anIdAlreadyStoredSendsTheGroupWriteByWriteAndEachGetsItsOwnAnswer() {
        JsonObject earlier = SampleStatements.completed();
        store.store(List.of(earlier), Map.of(), CLIENT, null);
        JsonObject fresh = SampleStatements.completed();
        JsonObject other = SampleStatements.completed();
        JsonObject sameIdDifferentStatement = Jsons.createObjectBuilder(SampleStatements.completed())
                .add("id", earlier.getString("id")).build();

        List<Object> outcomes = groups.storeTogether(List.of(
                submission(earlier, fresh), // sent again identically, with a new one: both accepted
                submission(sameIdDifferentStatement), // refused, and only this one
                submission(other)));

        assertEquals(List.of(earlier.getString("id"), fresh.getString("id")), outcomes.get(0));
        LrsException refused = assertInstanceOf(LrsException.class, outcomes.get(1));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals(List.of(other.getString("id")), outcomes.get(2));
        assertEquals(earlier.getJsonObject("actor"), stored(earlier).getJsonObject("actor"),
                "the statement stored first is the one kept under its id");
        assertEquals(fresh.getJsonObject("actor"), stored(fresh).getJsonObject("actor"));
        assertEquals(other.getJsonObject("actor"), stored(other).getJsonObject("actor"));
    }

    private static Submission submission(JsonObject... statements) {
        return Submission.of(List.of(statements), Map.of(), CLIENT, null, XapiEdition.XAPI_1_0_3);
    }

    private JsonObject stored(JsonObject sent) {
        return store.find(sent.getString("id"), false, CLIENT).orElseThrow();
    }
}
