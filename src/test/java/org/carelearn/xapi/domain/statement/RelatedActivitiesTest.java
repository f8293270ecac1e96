package org.carelearn.xapi.domain.statement;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelatedActivitiesTest {

    @Test
    void objectActivityIdOnlyForActivityObjects() {
        assertEquals(Optional.of("https://carelearn.example/activities/cpr"), RelatedActivities.objectActivityId(parse("""
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}""")));
        assertEquals(Optional.empty(), RelatedActivities.objectActivityId(parse("""
                {"actor": {"mbox": "mailto:mentor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/mentored"},
                 "object": {"objectType": "Agent", "mbox": "mailto:trainee@hospital.example"}}""")));
    }

    @Test
    void relatedActivitiesIncludeContextActivitiesAndSubStatement() {
        var statement = parse("""
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"},
                            "context": {"contextActivities": {"parent": [{"id": "https://carelearn.example/courses/bls"}]}}},
                 "context": {"contextActivities": {
                     "parent": {"id": "https://carelearn.example/plans/2024"},
                     "grouping": [{"id": "https://carelearn.example/programs/onboarding"}, {"id": "https://carelearn.example/courses/bls"}],
                     "category": [{"id": "https://carelearn.example/profiles/carelearn"}],
                     "other": {"id": "https://carelearn.example/wards/7b"}}}}""");
        assertEquals(List.of(
                "https://carelearn.example/plans/2024",
                "https://carelearn.example/programs/onboarding",
                "https://carelearn.example/courses/bls",
                "https://carelearn.example/profiles/carelearn",
                "https://carelearn.example/wards/7b",
                "https://carelearn.example/activities/cpr"), List.copyOf(RelatedActivities.of(statement)));
    }

    @Test
    void statementRefObjectHasNoActivity() {
        assertEquals(List.of(), List.copyOf(RelatedActivities.of(parse("""
                {"actor": {"mbox": "mailto:admin@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}}"""))));
    }
}
