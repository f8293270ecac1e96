package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.domain.CompetencyStatements;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.learning.application.Learners;
import org.carelearn.platform.config.Settings;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.StatementStore;

/**
 * Records each piece of evidence as an xAPI statement in CareLearn's own LRS, through the LRS's application
 * service with the competency context's own credentials, in the transaction that stores the evidence. People are
 * the agents learning gives them (an account with an opaque name: no personal data in the LRS).
 */
@ApplicationScoped
public class EvidenceLrs {

    @Inject
    private StatementStore statements;

    @Inject
    private Learners learners;

    @Inject
    private Settings settings;

    /**
     * @param instructorId the employee id of the validator or attesting manager, or null
     * @param courseIri the course a completion came from, or null
     * @param contextIri the opaque IRI of the record the evidence was observed in (a case), or null
     */
    public void record(String statementId, NewEvidence given, String instructorId, FrameworkDefinition framework,
            int frameworkVersion, String courseIri, String contextIri, Instant at) {
        String lms = settings.lmsIri();
        JsonObject actor = learners.agentOf(given.employeeId());
        JsonObject instructor = instructorId == null ? null : learners.agentOf(instructorId);
        JsonObject statement = CompetencyStatements.evidence(statementId, lms, actor, instructor, given, framework,
                frameworkVersion, courseIri, contextIri, at);
        statements.store(List.of(statement), Map.of(), credentials(), null);
    }

    private LrsCredentials credentials() {
        return LrsCredentials.ofClient("carelearn-competency", "CareLearn competency", true, true,
                settings.publicUrl() + "/xapi/clients");
    }
}
