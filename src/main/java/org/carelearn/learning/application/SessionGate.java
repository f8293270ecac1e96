package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carelearn.learning.domain.Cmi5;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.application.SessionAuthenticator;
import org.carelearn.xapi.application.SessionScope;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentKind;
import org.carelearn.xapi.domain.statement.Agents;

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

    @Override
    public boolean recognises(String key) {
        return SESSION_ID.matcher(key).matches();
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

        /**
         * The learner preferences must stay what cmi5 11 says they are, whoever writes them: a JSON object
         * with languagePreference (RFC 5646 tags, comma separated) and audioPreference ("on" or "off").
         */
        @Override
        public void admit(Document document) {
            if (document.key().scope().kind() != DocumentKind.AGENT_PROFILE
                    || !Cmi5.LEARNER_PREFERENCES.equals(document.key().documentId())) {
                return;
            }
            JsonObject preferences = document.isJson() ? document.jsonObject().orElse(null) : null;
            if (preferences == null) {
                throw refused("it must be a JSON object sent as application/json");
            }
            if (!(preferences.get("languagePreference") instanceof JsonString language)
                    || !(preferences.get("audioPreference") instanceof JsonString audio)) {
                throw refused("it must hold languagePreference and audioPreference, both strings");
            }
            try {
                new LearnerPreferences(language.getString(), audio.getString());
            } catch (BusinessRuleException e) {
                throw refused(e.getMessage());
            }
        }

        @Override
        public void read(DocumentKey key) {
            recorder.documentRead(sessionId, key);
        }

        private static LrsException refused(String reason) {
            return new LrsException(Kind.FORBIDDEN, Cmi5.LEARNER_PREFERENCES + " refused (cmi5 11): " + reason);
        }
    }
}
