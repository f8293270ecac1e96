package org.carelearn.xapi.domain.validation;

import static org.carelearn.xapi.domain.validation.JsonText.assertRejected;
import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Agents and Groups in every position: actor, object, authority, instructor, team, member. */
class ActorRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidStatements")
    void rejects(String description, String path, String statement) {
        assertRejected(statement, path);
    }

    @Test
    void agentParameterMustBeAgentOrIdentifiedGroup() {
        var validator = new StatementValidator();
        assertDoesNotThrow(() -> validator.validateAgentParameter(parse("""
                {"mbox": "mailto:nurse.kim@carelearn.example"}""")));
        assertDoesNotThrow(() -> validator.validateAgentParameter(parse("""
                {"objectType": "Group", "openid": "https://id.example/ward7"}""")));
        var anonymous = assertThrows(StatementValidationException.class, () -> validator.validateAgentParameter(parse("""
                {"objectType": "Group", "member": [{"mbox": "mailto:a@hospital.example"}]}""")));
        assertEquals("agent", anonymous.path());
        var badMbox = assertThrows(StatementValidationException.class, () -> validator.validateAgentParameter(parse("""
                {"mbox": "nurse.kim@carelearn.example"}""")));
        assertEquals("agent.mbox", badMbox.path());
    }

    static Stream<Arguments> invalidStatements() {
        return Stream.of(
            Arguments.of("agent without identifier", "statement.actor", """
                {"actor": {"name": "Kim"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("agent with two identifiers", "statement.actor", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example", "openid": "https://id.example/kim"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("mbox without mailto", "statement.actor.mbox", """
                {"actor": {"mbox": "nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("mbox with http scheme", "statement.actor.mbox", """
                {"actor": {"mbox": "http://carelearn.example/kim"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("mbox without address", "statement.actor.mbox", """
                {"actor": {"mbox": "mailto:carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("mbox_sha1sum too short", "statement.actor.mbox_sha1sum", """
                {"actor": {"mbox_sha1sum": "5c0b1a2d3e4f"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("mbox_sha1sum as object", "statement.actor.mbox_sha1sum", """
                {"actor": {"mbox_sha1sum": {"sha1": "5c0b1a2d3e4f5061728394a5b6c7d8e9f0a1b2c3"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("openid without scheme", "statement.actor.openid", """
                {"actor": {"openid": "id.carelearn.example/users/88"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("account without homePage", "statement.actor.account.homePage", """
                {"actor": {"account": {"name": "E-10442"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("account without name", "statement.actor.account.name", """
                {"actor": {"account": {"homePage": "https://hr.hospital.example"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("account homePage without scheme", "statement.actor.account.homePage", """
                {"actor": {"account": {"homePage": "hr.hospital.example", "name": "E-10442"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("account name as number", "statement.actor.account.name", """
                {"actor": {"account": {"homePage": "https://hr.hospital.example", "name": 10442}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("account with unknown property", "statement.actor.account.id", """
                {"actor": {"account": {"homePage": "https://hr.hospital.example", "name": "E-10442", "id": "x"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("agent with unknown property", "statement.actor.role", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example", "role": "nurse"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("agent with member list", "statement.actor.member", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example", "member": []},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("lower-case objectType", "statement.actor.objectType", """
                {"actor": {"objectType": "agent", "mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("name as number", "statement.actor.name", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example", "name": 7},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("actor as string", "statement.actor", """
                {"actor": "mailto:nurse.kim@carelearn.example",
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}
                """),
            Arguments.of("anonymous group without members", "statement.actor.member", """
                {"actor": {"objectType": "Group", "name": "Ward 7"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill"}}
                """),
            Arguments.of("anonymous group with empty member list", "statement.actor.member", """
                {"actor": {"objectType": "Group", "member": []},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill"}}
                """),
            Arguments.of("group member list as object", "statement.actor.member", """
                {"actor": {"objectType": "Group", "member": {"mbox": "mailto:a@hospital.example"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill"}}
                """),
            Arguments.of("group with two identifiers", "statement.actor", """
                {"actor": {"objectType": "Group", "mbox": "mailto:ward7@hospital.example", "openid": "https://id.example/ward7"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill"}}
                """),
            Arguments.of("group as group member", "statement.actor.member[1].objectType", """
                {"actor": {"objectType": "Group", "member": [
                    {"mbox": "mailto:a@hospital.example"},
                    {"objectType": "Group", "mbox": "mailto:ward8@hospital.example"}]},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill"}}
                """),
            Arguments.of("invalid member identifier", "statement.actor.member[0].mbox", """
                {"actor": {"objectType": "Group", "mbox": "mailto:ward7@hospital.example", "member": [{"mbox": "a@hospital.example"}]},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                 "object": {"id": "https://carelearn.example/sessions/fire-drill"}}
                """),
            Arguments.of("agent object without objectType is read as an activity", "statement.object.mbox", """
                {"actor": {"mbox": "mailto:mentor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/mentored"},
                 "object": {"mbox": "mailto:trainee@hospital.example"}}
                """),
            Arguments.of("identified authority group", "statement.authority", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "authority": {"objectType": "Group", "mbox": "mailto:clients@carelearn.example", "member": [
                     {"account": {"homePage": "https://carelearn.example/oauth", "name": "consumer-17"}},
                     {"mbox": "mailto:nurse.kim@carelearn.example"}]}}
                """),
            Arguments.of("authority group of three", "statement.authority", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "authority": {"objectType": "Group", "member": [
                     {"account": {"homePage": "https://carelearn.example/oauth", "name": "consumer-17"}},
                     {"mbox": "mailto:nurse.kim@carelearn.example"}, {"mbox": "mailto:other@carelearn.example"}]}}
                """),
            Arguments.of("authority group of one", "statement.authority", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "authority": {"objectType": "Group", "member": [{"mbox": "mailto:nurse.kim@carelearn.example"}]}}
                """),
            Arguments.of("instructor without identifier", "statement.context.instructor", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "context": {"instructor": {"name": "Dr. Lee"}}}
                """),
            Arguments.of("team that is an agent", "statement.context.team.objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "context": {"team": {"objectType": "Agent", "mbox": "mailto:lee@hospital.example"}}}
                """),
            Arguments.of("team without objectType", "statement.context.team.objectType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"},
                 "context": {"team": {"member": [{"mbox": "mailto:lee@hospital.example"}]}}}
                """),
            Arguments.of("invalid actor inside sub-statement", "statement.object.actor.mbox", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"mbox": "kim@carelearn.example"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"id": "https://carelearn.example/activities/cpr"}}}
                """));
    }
}
