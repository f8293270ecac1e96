package org.carelearn.xapi.domain.statement;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityDefinitionsTest {

    private static final String ID = "http://example.org/course/hand-hygiene";

    @Test
    void unknownActivityIsJustItsIdentity() {
        assertEquals(parse("""
                {"objectType": "Activity", "id": "http://example.org/course/hand-hygiene"}"""),
                ActivityDefinitions.activity(ID, List.of()));
    }

    @Test
    void languagesFromTwoStatementsAreMergedAndLaterValuesWin() {
        var english = statement("""
                {"name": {"en-US": "Hand hygiene"}, "type": "http://adlnet.gov/expapi/activities/course",
                 "extensions": {"http://example.org/x/ward": "A"}}""");
        var french = statement("""
                {"name": {"fr-FR": "Hygiène des mains"}, "type": "http://adlnet.gov/expapi/activities/module",
                 "extensions": {"http://example.org/x/site": "North"}}""");
        assertEquals(parse("""
                {"objectType": "Activity", "id": "http://example.org/course/hand-hygiene",
                 "definition": {"name": {"en-US": "Hand hygiene", "fr-FR": "Hygiène des mains"},
                  "type": "http://adlnet.gov/expapi/activities/module",
                  "extensions": {"http://example.org/x/ward": "A", "http://example.org/x/site": "North"}}}"""),
                ActivityDefinitions.activity(ID, List.of(english, french)));
    }

    @Test
    void contextActivitiesAndSubStatementsCountOthersDoNot() {
        var asParent = parse("""
                {"object": {"id": "http://example.org/other"},
                 "context": {"contextActivities": {"parent": [{"id": "http://example.org/course/hand-hygiene",
                   "definition": {"name": {"en-GB": "Hand hygiene"}}}]}}}""");
        var inSubStatement = parse("""
                {"object": {"objectType": "SubStatement",
                  "object": {"id": "http://example.org/course/hand-hygiene",
                   "definition": {"description": {"en-GB": "Five moments"}}}}}""");
        var otherActivity = parse("""
                {"object": {"id": "http://example.org/other", "definition": {"name": {"en-GB": "Other"}}}}""");
        assertEquals(parse("""
                {"name": {"en-GB": "Hand hygiene"}, "description": {"en-GB": "Five moments"}}"""),
                ActivityDefinitions.activity(ID, List.of(asParent, inSubStatement, otherActivity))
                        .getJsonObject("definition"));
    }

    private static jakarta.json.JsonObject statement(String definition) {
        return parse("{\"object\": {\"objectType\": \"Activity\", \"id\": \"" + ID + "\", \"definition\": "
                + definition + "}}");
    }
}
