package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carelearn.learning.domain.Cmi5;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.SessionAuthenticator;
import org.carelearn.xapi.application.SessionScope;
import org.carelearn.xapi.domain.Agents;
import org.carelearn.xapi.domain.DocumentKey;

/**
 * Lets the LRS recognise a cmi5 auth-token (the session id and a secret, as HTTP Basic credentials) for as
 * long as its session lasts, and hands it the session's rules.
 */
@ApplicationScoped
public class SessionGate implements SessionAuthenticator {

    private static final Pattern SESSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    private LearningRepository repository;

    @Inject
    private Learners learners;

    @Inject
    private SessionRecorder recorder;

    @Inject
    private HospitalTime time;

    @Override
    @Transactional
    public Optional<SessionScope> authenticate(String key, String secret) {
        if (!SESSION_ID.matcher(key).matches()) {
            return Optional.empty();
        }
        return repository.session(key).filter(s -> s.acceptsToken(Secrets.digest(secret), time.now())).map(s -> {
            JsonObject actor = learners.agentOf(s.getEnrolment().getEmployeeId());
            return new Cmi5Session(s.sessionId(), Agents.identityKey(actor).orElseThrow(),
                    s.getEnrolment().getRegistration(), recorder);
        });
    }

    /** One authenticated request's view of its session; the rules themselves live in {@link SessionRecorder}. */
    record Cmi5Session(String sessionId, String agentKey, String registration, SessionRecorder recorder)
            implements SessionScope {

        @Override
        public void admit(List<JsonObject> statements) {
            recorder.admit(sessionId, statements);
        }

        @Override
        public void stored(List<JsonObject> statements) {
            recorder.stored(sessionId, statements);
        }

        @Override
        public boolean mayWrite(DocumentKey key) {
            return !Cmi5.LAUNCH_DATA.equals(key.documentId());
        }
    }
}
