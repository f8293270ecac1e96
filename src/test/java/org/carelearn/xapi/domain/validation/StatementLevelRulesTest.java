package org.carelearn.xapi.domain.validation;

import static org.carelearn.xapi.domain.validation.JsonText.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Statement-level rules: properties, id, timestamps, version, voiding, nulls. */
class StatementLevelRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidStatements")
    void rejects(String description, String path, String statement) {
        assertRejected(statement, path);
    }

    @Test
    void messageNamesPathAndReason() {
        var e = assertRejected("""
                {"actor": {"mbox": "nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """, "statement.actor.mbox");
        assertEquals("statement.actor.mbox", e.path());
        assertEquals("statement.actor.mbox: " + e.reason(), e.getMessage());
    }

    static Stream<Arguments> invalidStatements() {
        return Stream.of(
            Arguments.of("missing actor", "statement.actor", """
                {"verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("missing verb", "statement.verb", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("missing object", "statement.object", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}}
                """),
            Arguments.of("unknown top-level property", "statement.course", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "course": "BLS"}
                """),
            Arguments.of("property names are case-sensitive", "statement.Verb", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "Verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("id not a UUID", "statement.id", """
                {"id": "statement-1",
                 "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("id with an extra digit", "statement.id", """
                {"id": "6a0e7c52-2f1b-4f4e-9b7d-0c4d1e2f3a4b0",
                 "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("id as a number", "statement.id", """
                {"id": 42,
                 "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("null property", "statement.result", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "result": null}
                """),
            Arguments.of("nested null property", "statement.actor.name", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example", "name": null},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("timestamp without time", "statement.timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "timestamp": "2024-05-01"}
                """),
            Arguments.of("timestamp with -00:00 offset", "statement.timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "timestamp": "2024-05-01T07:30:00.000-00:00"}
                """),
            Arguments.of("timestamp with -0000 offset", "statement.timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "timestamp": "2024-05-01T07:30:00-0000"}
                """),
            Arguments.of("timestamp with -00 offset", "statement.timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "timestamp": "2024-05-01T07:30:00-00"}
                """),
            Arguments.of("timestamp as a number", "statement.timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "timestamp": 1714548600}
                """),
            Arguments.of("stored in US notation", "statement.stored", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "stored": "05/01/2024 07:30"}
                """),
            Arguments.of("version 1.1.0", "statement.version", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "version": "1.1.0"}
                """),
            Arguments.of("version 0.95", "statement.version", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "version": "0.95"}
                """),
            Arguments.of("version as a number", "statement.version", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}, "version": 1.0}
                """),
            Arguments.of("voiding an activity", "statement.object", """
                {"actor": {"mbox": "mailto:admin@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb without id", "statement.verb.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"display": {"en-US": "completed"}},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb id without scheme", "statement.verb.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb as a string", "statement.verb", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": "http://adlnet.gov/expapi/verbs/completed",
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb with unknown property", "statement.verb.name", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "name": "completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb display as a string", "statement.verb.display", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": "completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb display with a malformed language tag", "statement.verb.display[en_US]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en_US": "completed"}},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb display with a null value", "statement.verb.display[en-US]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": null}},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("verb display with a numeric value", "statement.verb.display[en-US]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": 1}},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """));
    }
}
