package org.carelearn.xapi.domain.statement;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatementFormatsTest {

    private static final String STORED = """
            {"id": "6a0e7c52-2f1b-4f4e-9b7d-0c4d1e2f3a4b",
             "actor": {"objectType": "Agent", "name": "Kim", "mbox": "mailto:nurse.kim@carelearn.example"},
             "verb": {"id": "https://carelearn.example/verbs/planned", "display": {"en-US": "planned", "en-GB": "planned", "de": "geplant"}},
             "object": {"objectType": "SubStatement",
                        "actor": {"objectType": "Group", "name": "Ward 7", "mbox": "mailto:ward7@hospital.example",
                                  "member": [{"name": "A", "mbox": "mailto:a@hospital.example"}]},
                        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed", "de": "abgeschlossen"}},
                        "object": {"objectType": "Activity", "id": "https://carelearn.example/questions/q1",
                                   "definition": {"name": {"en-US": "Q1", "de": "F1"}, "description": {"en-GB": "Question one"},
                                                  "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                                                  "interactionType": "choice", "correctResponsesPattern": ["a"],
                                                  "choices": [{"id": "a", "description": {"en-US": "Yes", "de": "Ja"}}]}}},
             "context": {"instructor": {"name": "Dr. Lee", "account": {"homePage": "https://hr.hospital.example", "name": "lee"}},
                         "team": {"objectType": "Group", "name": "Blue", "member": [{"name": "B", "mbox": "mailto:b@hospital.example"}]},
                         "contextActivities": {"parent": [{"objectType": "Activity", "id": "https://carelearn.example/courses/bls",
                                                           "definition": {"name": {"en-US": "BLS", "de": "BLS-Kurs"}}}],
                                               "grouping": {"id": "https://carelearn.example/programs/onboarding"}},
                         "platform": "CareLearn"},
             "result": {"completion": true},
             "timestamp": "2024-05-01T07:30:00Z", "stored": "2024-05-01T07:30:01Z",
             "authority": {"objectType": "Agent", "name": "LRS client", "account": {"homePage": "https://carelearn.example", "name": "client-1"}},
             "version": "1.0.3"}
            """;

    @Test
    void idsReducesAgentsActivitiesAndVerbsToIdentifiers() {
        var expected = parse("""
                {"id": "6a0e7c52-2f1b-4f4e-9b7d-0c4d1e2f3a4b",
                 "actor": {"objectType": "Agent", "mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"objectType": "Group", "mbox": "mailto:ward7@hospital.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/questions/q1"}},
                 "context": {"instructor": {"account": {"homePage": "https://hr.hospital.example", "name": "lee"}},
                             "team": {"objectType": "Group", "member": [{"mbox": "mailto:b@hospital.example"}]},
                             "contextActivities": {"parent": [{"id": "https://carelearn.example/courses/bls"}],
                                                   "grouping": {"id": "https://carelearn.example/programs/onboarding"}},
                             "platform": "CareLearn"},
                 "result": {"completion": true},
                 "timestamp": "2024-05-01T07:30:00Z", "stored": "2024-05-01T07:30:01Z",
                 "authority": {"objectType": "Agent", "account": {"homePage": "https://carelearn.example", "name": "client-1"}},
                 "version": "1.0.3"}
                """);
        assertEquals(expected, StatementFormats.ids(parse(STORED)));
    }

    @Test
    void canonicalKeepsOneLanguageInVerbsAndActivitiesAndAgentsExact() {
        var expected = parse("""
                {"id": "6a0e7c52-2f1b-4f4e-9b7d-0c4d1e2f3a4b",
                 "actor": {"objectType": "Agent", "name": "Kim", "mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned", "display": {"de": "geplant"}},
                 "object": {"objectType": "SubStatement",
                            "actor": {"objectType": "Group", "name": "Ward 7", "mbox": "mailto:ward7@hospital.example",
                                      "member": [{"name": "A", "mbox": "mailto:a@hospital.example"}]},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"de": "abgeschlossen"}},
                            "object": {"objectType": "Activity", "id": "https://carelearn.example/questions/q1",
                                       "definition": {"name": {"de": "F1"}, "description": {"en-GB": "Question one"},
                                                      "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                                                      "interactionType": "choice", "correctResponsesPattern": ["a"],
                                                      "choices": [{"id": "a", "description": {"de": "Ja"}}]}}},
                 "context": {"instructor": {"name": "Dr. Lee", "account": {"homePage": "https://hr.hospital.example", "name": "lee"}},
                             "team": {"objectType": "Group", "name": "Blue", "member": [{"name": "B", "mbox": "mailto:b@hospital.example"}]},
                             "contextActivities": {"parent": [{"objectType": "Activity", "id": "https://carelearn.example/courses/bls",
                                                               "definition": {"name": {"de": "BLS-Kurs"}}}],
                                                   "grouping": {"id": "https://carelearn.example/programs/onboarding"}},
                             "platform": "CareLearn"},
                 "result": {"completion": true},
                 "timestamp": "2024-05-01T07:30:00Z", "stored": "2024-05-01T07:30:01Z",
                 "authority": {"objectType": "Agent", "name": "LRS client", "account": {"homePage": "https://carelearn.example", "name": "client-1"}},
                 "version": "1.0.3"}
                """);
        assertEquals(expected, StatementFormats.canonical(parse(STORED), LanguagePreference.parse("de-CH, en;q=0.5")));
    }

    @Test
    void canonicalWithEnglishPreferenceDropsOtherLanguages() {
        var canonical = StatementFormats.canonical(parse(STORED), LanguagePreference.parse("en-GB"));
        assertEquals(parse("""
                {"en-GB": "planned"}"""), canonical.getJsonObject("verb").getJsonObject("display"));
        // no en-GB entry: the en-US entry is the first match of the "en" prefix after truncation
        assertEquals(parse("""
                {"en-US": "completed"}"""), canonical.getJsonObject("object").getJsonObject("verb").getJsonObject("display"));
    }

    @Test
    void statementRefObjectIsUnchangedInIdsFormat() {
        var statement = parse("""
                {"actor": {"mbox": "mailto:admin@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided", "display": {"en-US": "voided"}},
                 "object": {"objectType": "StatementRef", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}}""");
        assertEquals(statement.getJsonObject("object"), StatementFormats.ids(statement).getJsonObject("object"));
        assertEquals(parse("""
                {"mbox": "mailto:admin@carelearn.example"}"""), StatementFormats.ids(statement).getJsonObject("actor"));
    }
}
