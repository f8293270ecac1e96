package org.carelearn.xapi.domain.validation;

import static org.carelearn.xapi.domain.validation.JsonText.assertRejected;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Objects: Activities and definitions, interactions, StatementRefs, SubStatements. */
class ObjectRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidStatements")
    void rejects(String description, String path, String statement) {
        assertRejected(statement, path);
    }

    static Stream<Arguments> invalidStatements() {
        return Stream.of(
            Arguments.of("unknown objectType", "statement.object.objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"objectType": "Course", "id": "https://carelearn.example/courses/bls"}}
                """),
            Arguments.of("lower-case activity objectType", "statement.object.objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"objectType": "activity", "id": "https://carelearn.example/courses/bls"}}
                """),
            Arguments.of("activity without id", "statement.object.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"objectType": "Activity", "definition": {"name": {"en": "BLS"}}}}
                """),
            Arguments.of("activity id without scheme", "statement.object.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "carelearn.example/courses/bls"}}
                """),
            Arguments.of("activity with unknown property", "statement.object.name", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "name": "BLS"}}
                """),
            Arguments.of("definition as string", "statement.object.definition", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": "Basic life support"}}
                """),
            Arguments.of("definition with unknown property", "statement.object.definition.title", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"title": {"en": "BLS"}}}}
                """),
            Arguments.of("definition name as string", "statement.object.definition.name", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"name": "BLS"}}}
                """),
            Arguments.of("definition description with bad language tag", "statement.object.definition.description[english_uk]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"description": {"english_uk": "BLS"}}}}
                """),
            Arguments.of("definition type without scheme", "statement.object.definition.type", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"type": "course"}}}
                """),
            Arguments.of("moreInfo without scheme", "statement.object.definition.moreInfo", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"moreInfo": "carelearn.example/bls"}}}
                """),
            Arguments.of("moreInfo null", "statement.object.definition.moreInfo", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"moreInfo": null}}}
                """),
            Arguments.of("extension key without scheme", "statement.object.definition.extensions[carelearn.example/ext/level]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"extensions": {"carelearn.example/ext/level": 2}}}}
                """),
            Arguments.of("extensions as array", "statement.object.definition.extensions", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/courses/bls", "definition": {"extensions": []}}}
                """),
            Arguments.of("unknown interactionType", "statement.object.definition.interactionType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "multiple-choice"}}}
                """),
            Arguments.of("interactionType as IRI", "statement.object.definition.interactionType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "http://adlnet.gov/expapi/choice"}}}
                """),
            Arguments.of("correctResponsesPattern without interactionType", "statement.object.definition.correctResponsesPattern", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"correctResponsesPattern": ["true"]}}}
                """),
            Arguments.of("choices without interactionType", "statement.object.definition.choices", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"choices": [{"id": "a"}]}}}
                """),
            Arguments.of("correctResponsesPattern as string", "statement.object.definition.correctResponsesPattern", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "true-false", "correctResponsesPattern": "true"}}}
                """),
            Arguments.of("correctResponsesPattern with number", "statement.object.definition.correctResponsesPattern[1]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "numeric", "correctResponsesPattern": ["4[:]6", 5]}}}
                """),
            Arguments.of("scale on a choice interaction", "statement.object.definition.scale", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "choice", "scale": [{"id": "1"}]}}}
                """),
            Arguments.of("choices on a true-false interaction", "statement.object.definition.choices", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "true-false", "choices": [{"id": "true"}]}}}
                """),
            Arguments.of("component without id", "statement.object.definition.steps[0].id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "performance", "steps": [{"description": {"en": "wash"}}]}}}
                """),
            Arguments.of("duplicate component id", "statement.object.definition.source[1].id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "matching", "source": [{"id": "a"}, {"id": "a"}]}}}
                """),
            Arguments.of("component with unknown property", "statement.object.definition.choices[0].label", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "choice", "choices": [{"id": "a", "label": "A"}]}}}
                """),
            Arguments.of("component description with bad language tag", "statement.object.definition.scale[0].description[1234]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://carelearn.example/questions/q1", "definition": {"interactionType": "likert", "scale": [{"id": "1", "description": {"1234": "low"}}]}}}
                """),
            Arguments.of("statement ref without id", "statement.object.id", """
                {"actor": {"mbox": "mailto:auditor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/reviewed"},
                 "object": {"objectType": "StatementRef"}}
                """),
            Arguments.of("statement ref with bad id", "statement.object.id", """
                {"actor": {"mbox": "mailto:auditor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/reviewed"},
                 "object": {"objectType": "StatementRef", "id": "Z9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5"}}
                """),
            Arguments.of("statement ref with extra property", "statement.object.definition", """
                {"actor": {"mbox": "mailto:auditor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/reviewed"},
                 "object": {"objectType": "StatementRef", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "definition": {}}}
                """),
            Arguments.of("sub-statement with id", "statement.object.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """),
            Arguments.of("sub-statement with stored", "statement.object.stored", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement", "stored": "2024-05-01T05:30:01Z",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """),
            Arguments.of("sub-statement with version", "statement.object.version", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement", "version": "1.0.3",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """),
            Arguments.of("sub-statement with authority", "statement.object.authority", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement", "authority": {"mbox": "mailto:lrs@carelearn.example"},
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """),
            Arguments.of("nested sub-statement", "statement.object.object.objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "https://carelearn.example/verbs/planned"},
                            "object": {"objectType": "SubStatement",
                                       "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                                       "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                                       "object": {"id": "https://carelearn.example/activities/cpr"}}}}
                """),
            Arguments.of("sub-statement without verb", "statement.object.verb", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """),
            Arguments.of("sub-statement with bad timestamp", "statement.object.timestamp", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement", "timestamp": "2024-06-01T09:00:00-00:00",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """),
            Arguments.of("sub-statement object without objectType is an activity needing an id", "statement.object.object.id", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"definition": {"name": {"en": "CPR"}}}}}
                """),
            Arguments.of("object as array", "statement.object", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": [{"id": "https://carelearn.example/activities/cpr"}]}
                """));
    }
}
