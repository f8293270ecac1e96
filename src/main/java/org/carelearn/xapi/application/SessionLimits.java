package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentKind;
import org.carelearn.xapi.domain.document.DocumentScope;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.statement.StatementQuery;

/**
 * The limits every launch session shares, whatever its rules: it acts for its one agent in its one
 * registration, reads only what is about that agent or registration, and never voids (cmi5 6.3).
 * Credentials of LRS clients pass every check unchanged.
 */
final class SessionLimits {

    private SessionLimits() {
    }

    static void admit(LrsCredentials credentials, List<JsonObject> statements) {
        SessionScope session = credentials.session();
        if (session == null) {
            return;
        }
        for (JsonObject statement : statements) {
            String actor = Agents.identityKey(statement.getJsonObject("actor")).orElse(null);
            if (!session.agentKey().equals(actor)) {
                throw forbidden("Statement " + statement.getString("id", "without an id") + ": a launch session"
                        + " records statements about its own learner only");
            }
            JsonObject context = statement.getJsonObject("context");
            String registration = context == null ? null : context.getString("registration", null);
            if (registration == null || !session.registration().equals(registration.toLowerCase(Locale.ROOT))) {
                throw forbidden("Statement " + statement.getString("id", "without an id") + ": context.registration"
                        + " must be the session's registration " + session.registration());
            }
            if ("http://adlnet.gov/expapi/verbs/voided".equals(statement.getJsonObject("verb").getString("id"))) {
                throw forbidden("A launch session may not void statements (cmi5 6.3)");
            }
        }
        session.admit(statements);
    }

    static void stored(LrsCredentials credentials, List<JsonObject> statements) {
        if (credentials.session() != null && !statements.isEmpty()) {
            credentials.session().stored(statements);
        }
    }

    static void query(LrsCredentials credentials, StatementQuery query) {
        SessionScope session = credentials.session();
        if (session != null && !session.agentKey().equals(query.agentKey())
                && !session.registration().equals(query.registration())) {
            throw forbidden("A launch session reads statements of its own learner or registration only: filter"
                    + " by agent or registration");
        }
    }

    static boolean visible(LrsCredentials credentials, JsonObject statement) {
        SessionScope session = credentials.session();
        return session == null || Agents.actorOrObjectKeys(statement).contains(session.agentKey());
    }

    static void read(LrsCredentials credentials, DocumentScope scope) {
        SessionScope session = credentials.session();
        if (session == null || scope.kind() == DocumentKind.ACTIVITY_PROFILE) {
            return;
        }
        if (!session.agentKey().equals(scope.agentKey())) {
            throw forbidden("A launch session reads and writes the documents of its own learner only");
        }
        if (scope.kind() == DocumentKind.STATE && scope.registration() != null
                && !Objects.equals(session.registration(), scope.registration())) {
            throw forbidden("A launch session reads and writes the state of its own registration only");
        }
    }

    static void write(LrsCredentials credentials, DocumentKey key) {
        read(credentials, key.scope());
        if (credentials.session() != null && !credentials.session().mayWrite(key)) {
            throw forbidden("Document " + key.documentId() + " belongs to the LMS and may not be changed by the AU");
        }
    }

    /** A PUT or POST: the key as {@link #write}, then the content as the session's rules say. */
    static void write(LrsCredentials credentials, Document sent) {
        write(credentials, sent.key());
        if (credentials.session() != null) {
            credentials.session().admit(sent);
        }
    }

    /** Tells the session it read a document that exists. */
    static void found(LrsCredentials credentials, DocumentKey key) {
        if (credentials.session() != null) {
            credentials.session().read(key);
        }
    }

    static void writeAll(LrsCredentials credentials, DocumentScope scope) {
        read(credentials, scope);
        if (credentials.session() != null) {
            throw forbidden("A launch session deletes its state documents one at a time");
        }
    }

    private static LrsException forbidden(String message) {
        return new LrsException(Kind.FORBIDDEN, message);
    }
}
