package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonArray;
import java.util.Set;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * The statement-level rules shared by a statement and a SubStatement: which properties exist,
 * which are required, and voiding.
 */
final class StatementRules {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> STATEMENT_PROPERTIES = Set.of("id", "actor", "verb", "object", "result",
            "context", "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT_PROPERTIES = Set.of("objectType", "actor", "verb", "object",
            "result", "context", "timestamp", "attachments");
    private static final Set<String> STATEMENT_ONLY = Set.of("id", "stored", "version", "authority");
    private static final Set<String> VERB_PROPERTIES = Set.of("id", "display");

    private StatementRules() {
    }

    static void statement(Node s, XapiEdition edition) {
        s.allowOnly(STATEMENT_PROPERTIES);
        Formats.uuid(s, "id");
        common(s, false, edition);
        Formats.timestamp(s, "stored");
        if (s.has("authority")) {
            ActorRules.validate(s.get("authority"), s.at("authority"), ActorRules.Position.AUTHORITY);
        }
        String version = s.string("version");
        if (version != null && !edition.acceptsStatementVersion(version)) {
            throw Node.fail(s.at("version"), edition.statementVersionRule());
        }
    }

    static void subStatement(Node s, XapiEdition edition) {
        for (String key : STATEMENT_ONLY) {
            if (s.has(key)) {
                throw Node.fail(s.at(key), "is not allowed in a SubStatement");
            }
        }
        s.allowOnly(SUB_STATEMENT_PROPERTIES);
        common(s, true, edition);
    }

    private static void common(Node s, boolean sub, XapiEdition edition) {
        s.require("actor");
        ActorRules.validate(s.get("actor"), s.at("actor"), ActorRules.Position.ACTOR);
        s.require("verb");
        String verbId = verb(s.object("verb"));
        s.require("object");
        ObjectRules.validate(s.get("object"), s.at("object"), sub, edition);
        if (VOIDED.equals(verbId) && !"StatementRef".equals(s.object("object").string("objectType"))) {
            throw Node.fail(s.at("object"), "a voiding statement's object must be a StatementRef");
        }
        if (s.has("result")) {
            ResultRules.validate(s.get("result"), s.at("result"));
        }
        if (s.has("context")) {
            ContextRules.validate(s.get("context"), s.at("context"), ObjectRules.isActivity(s.get("object")),
                    edition);
        }
        Formats.timestamp(s, "timestamp");
        JsonArray attachments = s.array("attachments");
        if (attachments != null) {
            AttachmentRules.validate(attachments, s.at("attachments"));
        }
    }

    private static String verb(Node verb) {
        verb.allowOnly(VERB_PROPERTIES);
        String id = verb.requiredString("id");
        Formats.iri(verb, "id");
        Formats.languageMap(verb, "display");
        return id;
    }
}
