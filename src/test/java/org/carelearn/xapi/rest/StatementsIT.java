package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.adlnet.xapi.client.StatementClient;
import gov.adlnet.xapi.model.Activity;
import gov.adlnet.xapi.model.Agent;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.StatementReference;
import gov.adlnet.xapi.model.StatementResult;
import gov.adlnet.xapi.model.Verb;
import gov.adlnet.xapi.model.Verbs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The statement resource through ADL's own Java client (jxapi), an independent implementation of xAPI. */
class StatementsIT extends DeployedCareLearn {

    private StatementClient client;
    private String run;

    @BeforeEach
    void connect() throws IOException {
        client = new StatementClient(new Lrs(base).endpoint(), Lrs.KEY, Lrs.SECRET);
        run = UUID.randomUUID().toString();
    }

    private Statement statement(String verb, String activity) {
        return new Statement(new Agent("Aisha Bello", "mailto:aisha.bello." + run + "@lindenridge.example"),
                new Verb(verb), new Activity(activity));
    }

    @Test
    void postedStatementsAreStoredAndFoundByIdVerbActivityAndAgent() throws IOException {
        String verb = "https://carelearn.example/verbs/practised/" + run;
        String activity = "https://carelearn.example/activities/spikes/" + run;
        String id = client.postStatement(statement(verb, activity));
        ArrayList<Statement> batch = new ArrayList<>(List.of(statement(verb, activity), statement(verb, activity + "/b")));
        ArrayList<String> ids = client.postStatements(batch);
        assertEquals(2, ids.size());

        Statement stored = client.getStatement(id);
        assertEquals(id, stored.getId());
        assertNotNull(stored.getStored(), "the LRS sets stored");
        assertEquals("demo-lrs-client", stored.getAuthority().serialize().getAsJsonObject()
                .getAsJsonObject("account").get("name").getAsString(), "the LRS sets the authority from the credentials");

        StatementResult byVerb = new StatementClient(new Lrs(base).endpoint(), Lrs.KEY, Lrs.SECRET).filterByVerb(verb)
                .getStatements();
        assertEquals(3, byVerb.getStatements().size());
        StatementResult byActivity = new StatementClient(new Lrs(base).endpoint(), Lrs.KEY, Lrs.SECRET)
                .filterByActivity(activity).getStatements();
        assertEquals(2, byActivity.getStatements().size());
        StatementResult page = new StatementClient(new Lrs(base).endpoint(), Lrs.KEY, Lrs.SECRET).filterByVerb(verb)
                .limitResults(2).getStatements();
        assertEquals(2, page.getStatements().size());
        assertTrue(page.getMore() != null && !page.getMore().isEmpty(), "a third statement is on the next page");
        StatementResult rest = client.getStatements(page.getMore());
        assertEquals(1, rest.getStatements().size());
        assertEquals(id, rest.getStatements().get(0).getId(), "newest first: the first one posted comes last");
    }

    @Test
    void aVoidedStatementIsGoneFromQueriesButReadableAsVoided() throws IOException {
        String verb = "https://carelearn.example/verbs/completed/" + run;
        String id = client.postStatement(statement(verb, "https://carelearn.example/activities/teach-back/" + run));
        Statement voiding = new Statement(new Agent("Victor Mensah", "mailto:victor.mensah@lindenridge.example"),
                Verbs.voided(), new StatementReference(id));
        client.postStatement(voiding);

        assertThrows(IOException.class, () -> client.getStatement(id), "404 for a voided statement");
        assertEquals(id, client.getVoided(id).getId());
        StatementResult byVerb = new StatementClient(new Lrs(base).endpoint(), Lrs.KEY, Lrs.SECRET).filterByVerb(verb)
                .getStatements();
        assertEquals(1, byVerb.getStatements().size(), "only the voiding statement, which targets a match");
        assertEquals("http://adlnet.gov/expapi/verbs/voided", byVerb.getStatements().get(0).getVerb().getId());
    }

    @Test
    void aStatementIdIsStoredOnceAndNeverReusedForOtherContent() throws IOException {
        String id = UUID.randomUUID().toString();
        Statement first = statement("https://carelearn.example/verbs/attended/" + run,
                "https://carelearn.example/activities/huddle/" + run);
        first.setId(id);
        assertTrue(client.putStatement(first, id));
        assertTrue(client.putStatement(first, id), "the same statement again is accepted and changes nothing");
        Statement other = statement("https://carelearn.example/verbs/skipped/" + run,
                "https://carelearn.example/activities/huddle/" + run);
        other.setId(id);
        assertThrows(IOException.class, () -> client.putStatement(other, id), "409 for different content");
        assertEquals("https://carelearn.example/verbs/attended/" + run, client.getStatement(id).getVerb().getId());
    }

    @Test
    void aStatementRefIsFoundThroughItsTargetWhicheverWasStoredFirst() throws IOException {
        String verb = "https://carelearn.example/verbs/escalated/" + run;
        String activity = "https://carelearn.example/activities/grievance-review/" + run;
        Agent liaison = new Agent("Aisha Bello", "mailto:aisha.bello." + run + "@lindenridge.example");
        String targetId = UUID.randomUUID().toString();
        Statement before = new Statement(new Agent("Victor Mensah", "mailto:victor." + run + "@lindenridge.example"),
                new Verb("https://carelearn.example/verbs/acknowledged/" + run), new StatementReference(targetId));
        String beforeId = client.postStatement(before);
        Statement target = statement(verb, activity);
        target.setId(targetId);
        assertTrue(client.putStatement(target, targetId));
        Statement after = new Statement(new Agent("Rosa Lind", "mailto:rosa." + run + "@lindenridge.example"),
                new Verb("https://carelearn.example/verbs/acknowledged/" + run), new StatementReference(targetId));
        String afterId = client.postStatement(after);

        List<String> newestFirst = List.of(afterId, targetId, beforeId);
        assertEquals(newestFirst, ids(fresh().filterByActor(liaison).getStatements()),
                "by agent: the target and both statements that refer to it");
        assertEquals(newestFirst, ids(fresh().filterByActivity(activity).getStatements()), "by activity");
        assertEquals(newestFirst, ids(fresh().filterByActor(liaison).filterByVerb(verb).getStatements()),
                "by agent and the target's verb");
        assertEquals(newestFirst, ids(fresh().filterByVerb(verb).getStatements()), "by the target's verb alone");

        client.postStatement(new Statement(new Agent("Victor Mensah", "mailto:victor." + run + "@lindenridge.example"),
                Verbs.voided(), new StatementReference(beforeId)));
        assertEquals(List.of(afterId, targetId), ids(fresh().filterByActor(liaison).getStatements()),
                "a voided statement that refers to a match is not returned");
        assertEquals(List.of(afterId, targetId), ids(fresh().filterByVerb(verb).getStatements()));
    }

    private StatementClient fresh() throws IOException {
        return new StatementClient(new Lrs(base).endpoint(), Lrs.KEY, Lrs.SECRET);
    }

    private static List<String> ids(StatementResult result) {
        return result.getStatements().stream().map(Statement::getId).toList();
    }
}
