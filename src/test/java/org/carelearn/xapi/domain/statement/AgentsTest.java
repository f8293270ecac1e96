package org.carelearn.xapi.domain.statement;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carelearn.xapi.domain.validation.StatementValidationException;
import org.junit.jupiter.api.Test;

class AgentsTest {

    @Test
    void identityKeyComesFromTheInverseFunctionalIdentifier() {
        assertEquals(Optional.of("mbox:mailto:nurse.kim@carelearn.example"),
                Agents.identityKey(parse("""
                        {"name": "Kim", "mbox": "mailto:nurse.kim@carelearn.example"}""")));
        assertEquals(Optional.of("mbox_sha1sum:5c0b1a2d3e4f5061728394a5b6c7d8e9f0a1b2c3"),
                Agents.identityKey(parse("""
                        {"mbox_sha1sum": "5C0B1A2D3E4F5061728394A5B6C7D8E9F0A1B2C3"}""")));
        assertEquals(Optional.of("openid:https://id.carelearn.example/users/88"),
                Agents.identityKey(parse("""
                        {"openid": "https://id.carelearn.example/users/88"}""")));
        assertEquals(Optional.of("account:https://hr.hospital.example|E-10442"),
                Agents.identityKey(parse("""
                        {"account": {"name": "E-10442", "homePage": "https://hr.hospital.example"}}""")));
    }

    @Test
    void nameDoesNotChangeIdentity() {
        assertEquals(Agents.identityKey(parse("""
                        {"name": "Kim", "mbox": "mailto:nurse.kim@carelearn.example"}""")),
                Agents.identityKey(parse("""
                        {"objectType": "Agent", "name": "K. Kim", "mbox": "mailto:nurse.kim@carelearn.example"}""")));
    }

    @Test
    void anonymousGroupHasNoIdentity() {
        assertEquals(Optional.empty(), Agents.identityKey(parse("""
                {"objectType": "Group", "member": [{"mbox": "mailto:a@hospital.example"}]}""")));
    }

    @Test
    void agentParameterIsValidatedBeforeKeying() {
        assertEquals("mbox:mailto:a@hospital.example", Agents.keyOfParameter(parse("""
                {"mbox": "mailto:a@hospital.example"}""")));
        assertThrows(StatementValidationException.class, () -> Agents.keyOfParameter(parse("""
                {"name": "nobody"}""")));
    }

    @Test
    void actorOrObjectKeysIgnoreContextAndAuthority() {
        var statement = parse("""
                {"actor": {"mbox": "mailto:mentor@hospital.example"},
                 "verb": {"id": "https://carelearn.example/verbs/mentored"},
                 "object": {"objectType": "Agent", "mbox": "mailto:trainee@hospital.example"},
                 "context": {"instructor": {"mbox": "mailto:lee@hospital.example"}},
                 "authority": {"mbox": "mailto:lrs@carelearn.example"}}""");
        assertEquals(List.of("mbox:mailto:mentor@hospital.example", "mbox:mailto:trainee@hospital.example"),
                List.copyOf(Agents.actorOrObjectKeys(statement)));
    }

    @Test
    void relatedAgentsCoverEveryPositionMembersAndSubStatement() {
        var statement = parse("""
                {"actor": {"objectType": "Group", "mbox": "mailto:ward7@hospital.example",
                           "member": [{"mbox": "mailto:a@hospital.example"}]},
                 "verb": {"id": "https://carelearn.example/verbs/planned"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"openid": "https://id.example/sub-actor"},
                            "verb": {"id": "https://carelearn.example/verbs/mentored"},
                            "object": {"objectType": "Agent", "mbox": "mailto:sub-object@hospital.example"},
                            "context": {"instructor": {"mbox": "mailto:sub-instructor@hospital.example"},
                                        "team": {"objectType": "Group", "member": [{"mbox": "mailto:sub-team@hospital.example"}]}}},
                 "context": {"instructor": {"account": {"homePage": "https://hr.hospital.example", "name": "lee"}},
                             "team": {"objectType": "Group", "openid": "https://id.example/team-blue",
                                      "member": [{"mbox": "mailto:b@hospital.example"}]}},
                 "authority": {"objectType": "Group", "member": [
                     {"account": {"homePage": "https://carelearn.example/oauth", "name": "consumer-17"}},
                     {"mbox": "mailto:a@hospital.example"}]}}""");
        assertEquals(Set.of(
                "mbox:mailto:ward7@hospital.example",
                "mbox:mailto:a@hospital.example",
                "account:https://hr.hospital.example|lee",
                "openid:https://id.example/team-blue",
                "mbox:mailto:b@hospital.example",
                "account:https://carelearn.example/oauth|consumer-17",
                "openid:https://id.example/sub-actor",
                "mbox:mailto:sub-object@hospital.example",
                "mbox:mailto:sub-instructor@hospital.example",
                "mbox:mailto:sub-team@hospital.example"), Agents.relatedAgentKeys(statement));
    }

    @Test
    void activityObjectContributesNoAgent() {
        var statement = parse("""
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/cpr"}}""");
        assertEquals(Set.of("mbox:mailto:nurse.kim@carelearn.example"), Agents.relatedAgentKeys(statement));
        assertTrue(Agents.actorOrObjectKeys(statement).contains("mbox:mailto:nurse.kim@carelearn.example"));
    }
}
