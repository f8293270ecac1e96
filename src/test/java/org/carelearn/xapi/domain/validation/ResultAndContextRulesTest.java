package org.carelearn.xapi.domain.validation;

import static org.carelearn.xapi.domain.validation.JsonText.assertRejected;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Result (score, duration, typed fields) and context rules. */
class ResultAndContextRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidStatements")
    void rejects(String description, String path, String statement) {
        assertRejected(statement, path);
    }

    static Stream<Arguments> invalidStatements() {
        return Stream.of(
            Arguments.of("scaled above 1", "statement.result.score.scaled", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"scaled": 1.001}}}
                """),
            Arguments.of("scaled below -1", "statement.result.score.scaled", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"scaled": -1.0000001}}}
                """),
            Arguments.of("raw above max", "statement.result.score.raw", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"raw": 10.5, "max": 10}}}
                """),
            Arguments.of("raw below min", "statement.result.score.raw", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"raw": 0.25, "min": 0.5}}}
                """),
            Arguments.of("min greater than max", "statement.result.score.min", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"min": 10, "max": 5}}}
                """),
            Arguments.of("min equal to max", "statement.result.score.min", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"min": 5, "max": 5}}}
                """),
            Arguments.of("raw as string", "statement.result.score.raw", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"raw": "9"}}}
                """),
            Arguments.of("score with unknown property", "statement.result.score.percent", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"score": {"percent": 90}}}
                """),
            Arguments.of("success as string", "statement.result.success", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"success": "true"}}
                """),
            Arguments.of("completion as number", "statement.result.completion", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"completion": 1}}
                """),
            Arguments.of("response as number", "statement.result.response", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"response": 42}}
                """),
            Arguments.of("duration in minutes", "statement.result.duration", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"duration": "14 minutes"}}
                """),
            Arguments.of("duration mixing weeks and days", "statement.result.duration", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"duration": "P1W2D"}}
                """),
            Arguments.of("result extension key not an IRI", "statement.result.extensions[attempts]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"extensions": {"attempts": 3}}}
                """),
            Arguments.of("result with unknown property", "statement.result.grade", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "result": {"grade": "A"}}
                """),
            Arguments.of("registration not a UUID", "statement.context.registration", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"registration": "enrolment-2024-17"}}
                """),
            Arguments.of("registration null", "statement.context.registration", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"registration": null}}
                """),
            Arguments.of("revision with an agent object", "statement.context.revision", """
                {"actor": {"mbox": "mailto:mentor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/mentored"},
                 "object": {"objectType": "Agent", "mbox": "mailto:trainee@hospital.example"},
                 "context": {"revision": "2"}}
                """),
            Arguments.of("platform with a statement ref object", "statement.context.platform", """
                {"actor": {"mbox": "mailto:auditor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/reviewed"},
                 "object": {"objectType": "StatementRef", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"},
                 "context": {"platform": "CareLearn"}}
                """),
            Arguments.of("platform with a sub-statement object", "statement.context.platform", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}},
                 "context": {"platform": "CareLearn"}}
                """),
            Arguments.of("revision inside a sub-statement about an agent", "statement.object.context.revision", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "https://carelearn.example/verbs/mentored"},
                            "object": {"objectType": "Agent", "mbox": "mailto:trainee@hospital.example"},
                            "context": {"revision": "2"}}}
                """),
            Arguments.of("platform as number", "statement.context.platform", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"platform": 7}}
                """),
            Arguments.of("malformed context language", "statement.context.language", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"language": "de_DE"}}
                """),
            Arguments.of("context statement without objectType", "statement.context.statement.objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"statement": {"id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}}}
                """),
            Arguments.of("context statement with bad id", "statement.context.statement.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"statement": {"objectType": "StatementRef", "id": "previous"}}}
                """),
            Arguments.of("unknown context activity kind", "statement.context.contextActivities.course", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"contextActivities": {"course": {"id": "https://carelearn.example/courses/bls"}}}}
                """),
            Arguments.of("context activity that is an agent", "statement.context.contextActivities.parent.mbox", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"contextActivities": {"parent": {"mbox": "mailto:lee@hospital.example"}}}}
                """),
            Arguments.of("context activity with wrong objectType", "statement.context.contextActivities.grouping[1].objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"contextActivities": {"grouping": [{"id": "https://carelearn.example/a"},
                                                                  {"objectType": "StatementRef", "id": "https://carelearn.example/b"}]}}}
                """),
            Arguments.of("context activities as string", "statement.context.contextActivities", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"contextActivities": "https://carelearn.example/courses/bls"}}
                """),
            Arguments.of("context extension key not an IRI", "statement.context.extensions[shift]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"extensions": {"shift": "night"}}}
                """),
            Arguments.of("context with unknown property", "statement.context.ward", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "context": {"ward": "7B"}}
                """));
    }
}
