package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carelearn.learning.domain.Cmi5;
import org.carelearn.learning.domain.StatementFacts;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.DocumentStore;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.StatementStore;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentScope;
import org.carelearn.xapi.domain.document.Precondition;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.statement.StatementPage;
import org.carelearn.xapi.domain.statement.StatementQuery;

/**
 * The LMS's side of the LRS: reads a registration's statements, records the LMS's own statements and
 * writes the documents cmi5 asks of the LMS, all through the LRS's application services and with the
 * LMS's own credentials (cmi5 4.2: the LMS can read everything about its learners).
 */
@ApplicationScoped
public class LrsGateway {

    @Inject
    private StatementStore statements;

    @Inject
    private DocumentStore documents;

    @Inject
    private Settings settings;

    /** All statements of a registration, oldest first (voided ones are not returned by the LRS). */
    public List<StatementFacts> registration(String registration) {
        List<StatementFacts> all = new ArrayList<>();
        StatementQuery query = StatementQuery.builder().registration(registration).ascending(true).build();
        StatementPage page;
        do {
            page = statements.query(query, lms());
            page.statements().forEach(s -> all.add(StatementFacts.of(s.json())));
            query = query.withAfter(page.lastPosition());
        } while (page.more());
        return all;
    }

    /** Records statements the LMS makes, as one batch, through the LRS's entry point for them. */
    public void record(List<JsonObject> batch) {
        if (!batch.isEmpty()) {
            statements.recordOwn(batch, lms());
        }
    }

    public void writeLaunchData(JsonObject actor, String activityId, String registration, JsonObject launchData) {
        DocumentKey key = DocumentScope.state(activityId, agentKey(actor), registration).document(Cmi5.LAUNCH_DATA);
        documents.put(key, bytes(launchData), Document.JSON, Precondition.NONE, lms());
    }

    public Optional<JsonObject> learnerPreferences(JsonObject actor) {
        return documents.find(preferencesKey(actor), lms()).flatMap(Document::jsonObject);
    }

    /** Replaces the learner's preferences document (cmi5 11), whatever it held. */
    public void saveLearnerPreferences(JsonObject actor, String languagePreference, String audioPreference) {
        DocumentKey key = preferencesKey(actor);
        JsonObject preferences = Jsons.createObjectBuilder().add("languagePreference", languagePreference)
                .add("audioPreference", audioPreference).build();
        Optional<Document> current = documents.find(key, lms());
        Precondition precondition = current.map(d -> new Precondition(d.etag(), null))
                .orElse(new Precondition(null, "*"));
        documents.put(key, bytes(preferences), Document.JSON, precondition, lms());
    }

    private DocumentKey preferencesKey(JsonObject actor) {
        return DocumentScope.agentProfile(agentKey(actor)).document(Cmi5.LEARNER_PREFERENCES);
    }

    private static String agentKey(JsonObject actor) {
        return Agents.identityKey(actor).orElseThrow();
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private LrsCredentials lms() {
        return LrsCredentials.ofClient("carelearn-lms", "CareLearn LMS", true, true,
                settings.publicUrl() + "/xapi/clients");
    }
}
