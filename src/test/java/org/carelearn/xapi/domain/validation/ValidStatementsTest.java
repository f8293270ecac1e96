package org.carelearn.xapi.domain.validation;

import static org.carelearn.xapi.domain.validation.JsonText.assertAccepted;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Statements a conformant LRS must accept. */
class ValidStatementsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("validStatements")
    void accepts(String description, String statement) {
        assertAccepted(statement);
    }

    @Test
    void rejectsNonObjects() {
        var validator = new StatementValidator();
        assertThrows(StatementValidationException.class, () -> validator.validate(JsonValue.NULL));
        assertThrows(StatementValidationException.class, () -> validator.validate((JsonValue) null));
        assertThrows(StatementValidationException.class, () -> validator.validate(JsonValue.EMPTY_JSON_ARRAY));
    }

    static Stream<Arguments> validStatements() {
        return Stream.of(
            Arguments.of("minimal statement", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/hand-hygiene"}}
                """),
            Arguments.of("every top-level property", """
                {"id": "6a0e7c52-2f1b-4f4e-9b7d-0c4d1e2f3a4b",
                 "actor": {"objectType": "Agent", "name": "Kim", "mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed", "de": "abgeschlossen"}},
                 "object": {"objectType": "Activity", "id": "https://carelearn.example/activities/hand-hygiene"},
                 "result": {"completion": true, "success": true, "score": {"scaled": 0.9, "raw": 9, "min": 0, "max": 10},
                            "duration": "PT14M3.5S", "response": "done", "extensions": {"https://carelearn.example/ext/ward": "7B"}},
                 "context": {"registration": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "language": "de-CH", "platform": "CareLearn",
                             "revision": "3", "extensions": {"https://carelearn.example/ext/shift": "night"}},
                 "timestamp": "2024-05-01T07:30:00.250+02:00",
                 "stored": "2024-05-01T05:30:01.000Z",
                 "authority": {"objectType": "Agent", "account": {"homePage": "https://carelearn.example", "name": "lrs-client-1"}},
                 "version": "1.0.3",
                 "attachments": [{"usageType": "http://adlnet.gov/expapi/attachments/signature",
                                  "display": {"en-US": "signature"}, "contentType": "application/octet-stream",
                                  "length": 512, "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("actor identified by mbox_sha1sum", """
                {"actor": {"mbox_sha1sum": "5c0b1a2d3e4f5061728394a5b6c7d8e9f0a1b2c3"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("actor identified by openid", """
                {"actor": {"openid": "https://id.carelearn.example/users/88"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("actor identified by account", """
                {"actor": {"account": {"homePage": "https://hr.hospital.example", "name": "E-10442"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("anonymous group actor", """
                {"actor": {"objectType": "Group", "name": "Ward 7 night shift",
                           "member": [{"mbox": "mailto:a@hospital.example"}, {"objectType": "Agent", "openid": "https://id.example/b"}]},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill-2024"}}
                """),
            Arguments.of("identified group without members", """
                {"actor": {"objectType": "Group", "account": {"homePage": "https://hr.hospital.example", "name": "ward-7"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill-2024"}}
                """),
            Arguments.of("agent as object", """
                {"actor": {"mbox": "mailto:mentor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/mentored"},
                 "object": {"objectType": "Agent", "mbox": "mailto:trainee@hospital.example"}}
                """),
            Arguments.of("identified group as object", """
                {"actor": {"mbox": "mailto:mentor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/briefed"},
                 "object": {"objectType": "Group", "mbox": "mailto:ward7@hospital.example",
                            "member": [{"mbox": "mailto:a@hospital.example"}]}}
                """),
            Arguments.of("statement ref object with upper-case UUID", """
                {"actor": {"mbox": "mailto:auditor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/reviewed"},
                 "object": {"objectType": "StatementRef", "id": "9E1F0A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B"}}
                """),
            Arguments.of("voiding statement", """
                {"actor": {"mbox": "mailto:admin@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided", "display": {"en-US": "voided"}},
                 "object": {"objectType": "StatementRef", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}}
                """),
            Arguments.of("sub-statement with context, result and timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr", "definition": {"name": {"en": "CPR"}}},
                            "result": {"completion": true},
                            "context": {"platform": "CareLearn", "contextActivities": {"parent": {"id": "https://carelearn.example/courses/bls"}}},
                            "timestamp": "2024-06-01T09:00:00Z"}}
                """),
            Arguments.of("context activities as single objects and arrays", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/module-2"},
                 "context": {"contextActivities": {
                     "parent": {"id": "https://carelearn.example/courses/bls"},
                     "grouping": [{"id": "https://carelearn.example/programs/onboarding"}, {"objectType": "Activity", "id": "https://carelearn.example/programs/annual"}],
                     "category": [{"id": "https://carelearn.example/profiles/carelearn", "definition": {"type": "http://adlnet.gov/expapi/activities/profile"}}],
                     "other": []},
                   "instructor": {"name": "Dr. Lee", "mbox": "mailto:lee@hospital.example"},
                   "team": {"objectType": "Group", "member": [{"mbox": "mailto:a@hospital.example"}]},
                   "statement": {"objectType": "StatementRef", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}}}
                """),
            Arguments.of("choice interaction with components", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1",
                   "definition": {"type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                     "name": {"en-US": "Q1"}, "description": {"en-US": "Which moment needs hand hygiene?"},
                     "interactionType": "choice", "correctResponsesPattern": ["before-patient[,]after-fluids"],
                     "choices": [{"id": "before-patient", "description": {"en-US": "Before touching a patient"}},
                                 {"id": "after-fluids", "description": {"en-US": "After body fluid exposure"}},
                                 {"id": "never"}]}},
                 "result": {"response": "before-patient[,]after-fluids", "success": true}}
                """),
            Arguments.of("matching interaction", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q2",
                   "definition": {"interactionType": "matching", "correctResponsesPattern": ["a[.]1[,]b[.]2"],
                     "source": [{"id": "a"}, {"id": "b"}], "target": [{"id": "1"}, {"id": "2"}]}}}
                """),
            Arguments.of("likert, performance and sequencing interactions are each accepted", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"objectType": "SubStatement",
                   "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                   "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                   "object": {"id": "https://carelearn.example/questions/q3",
                     "definition": {"interactionType": "likert", "scale": [{"id": "agree"}, {"id": "disagree"}]}}},
                 "context": {"contextActivities": {"other": [
                   {"id": "https://carelearn.example/questions/q4", "definition": {"interactionType": "performance", "steps": [{"id": "wash"}, {"id": "dry"}]}},
                   {"id": "https://carelearn.example/questions/q5", "definition": {"interactionType": "sequencing", "choices": [{"id": "wash"}, {"id": "dry"}]}}]}}}
                """),
            Arguments.of("extensions may hold null, empty strings and empty objects", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr", "definition": {"extensions": {}}},
                 "result": {"extensions": {"https://carelearn.example/ext/a": null, "https://carelearn.example/ext/b": "", "https://carelearn.example/ext/c": {}}},
                 "context": {"extensions": {"urn:carelearn:ext:d": [null]}}}
                """),
            Arguments.of("unusual but well-formed language tags", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed",
                          "display": {"tlh": "chav", "zh-Hant-TW": "完成", "es-419": "completado", "x-care": "done"}},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "context": {"language": "sr-Latn-RS"}}
                """),
            Arguments.of("score without min/max and scaled at the boundaries", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"scaled": -1, "raw": -3.5}},
                 "timestamp": "2024-05-01T07:30:00Z"}
                """),
            Arguments.of("version 1.0 and future timestamps", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "version": "1.0", "timestamp": "2099-12-31T23:59:59.999-05:00"}
                """),
            Arguments.of("oauth authority group of two agents", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "authority": {"objectType": "Group", "member": [
                     {"account": {"homePage": "https://carelearn.example/oauth/token", "name": "consumer-17"}},
                     {"mbox": "mailto:nurse.kim@carelearn.example"}]}}
                """),
            Arguments.of("attachment with fileUrl and sha-512", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate",
                   "display": {"en": "Certificate"}, "description": {"en": "PDF certificate"},
                   "contentType": "application/pdf", "length": 0, "fileUrl": "https://files.carelearn.example/c/1.pdf",
                   "sha2": "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"}]}
                """));
    }
}
