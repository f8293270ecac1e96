package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.carelearn.xapi.domain.format.Iri;
import org.carelearn.xapi.domain.format.Mailbox;
import org.carelearn.xapi.domain.format.Sha1Hex;

/**
 * Rules for Agents and Groups wherever they appear: actor, object, authority, context.instructor,
 * context.team, group members, and the {@code agent} query parameter.
 *
 * <p>The position matters because the spec constrains some positions further: a member must be an
 * Agent, a team must be a Group, an object must name its objectType, and an authority Group is the
 * OAuth pair (anonymous, exactly two Agents).
 */
public final class ActorRules {

    /** Where the Agent or Group sits; each position adds its own constraints. */
    enum Position {
        ACTOR, OBJECT, AUTHORITY, INSTRUCTOR, TEAM, MEMBER, PARAMETER
    }

    public static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_PROPERTIES =
            Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_PROPERTIES =
            Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");

    private ActorRules() {
    }

    static void validate(JsonValue value, String path, Position position) {
        Node node = Node.of(value, path);
        String objectType = node.string("objectType");
        if (objectType == null) {
            if (position == Position.OBJECT) {
                throw Node.fail(node.at("objectType"), "is required when the object is an Agent or Group");
            }
            if (position == Position.TEAM) {
                throw Node.fail(node.at("objectType"), "must be \"Group\" for a team");
            }
            objectType = "Agent";
        }
        switch (objectType) {
            case "Agent" -> agent(node, position);
            case "Group" -> group(node, position);
            default -> throw Node.fail(node.at("objectType"), "must be \"Agent\" or \"Group\"");
        }
    }

    private static void agent(Node node, Position position) {
        if (position == Position.TEAM) {
            throw Node.fail(node.at("objectType"), "must be \"Group\" for a team");
        }
        node.allowOnly(AGENT_PROPERTIES);
        node.string("name");
        if (countIfis(node) != 1) {
            throw Node.fail(node.path(), "an Agent must have exactly one of mbox, mbox_sha1sum, openid, account");
        }
        ifis(node);
    }

    private static void group(Node node, Position position) {
        if (position == Position.MEMBER) {
            throw Node.fail(node.at("objectType"), "a Group member must be an Agent, not a Group");
        }
        node.allowOnly(GROUP_PROPERTIES);
        node.string("name");
        int ifis = countIfis(node);
        if (ifis > 1) {
            throw Node.fail(node.path(), "a Group must not have more than one of mbox, mbox_sha1sum, openid, account");
        }
        if (position == Position.PARAMETER && ifis == 0) {
            throw Node.fail(node.path(), "must be an Agent or an identified Group");
        }
        ifis(node);
        JsonArray members = node.array("member");
        if (ifis == 0 && (members == null || members.isEmpty())) {
            throw Node.fail(node.at("member"), "an anonymous Group must list at least one member");
        }
        if (members != null) {
            for (int i = 0; i < members.size(); i++) {
                validate(members.get(i), node.at("member") + "[" + i + "]", Position.MEMBER);
            }
        }
        if (position == Position.AUTHORITY && (ifis != 0 || members.size() != 2)) {
            throw Node.fail(node.path(),
                    "an authority Group must be an anonymous Group of exactly two Agents (OAuth consumer and user)");
        }
    }

    private static int countIfis(Node node) {
        int n = 0;
        for (String ifi : IFIS) {
            if (node.has(ifi)) {
                n++;
            }
        }
        return n;
    }

    private static void ifis(Node node) {
        String mbox = node.string("mbox");
        if (mbox != null && !Mailbox.isValid(mbox)) {
            throw Node.fail(node.at("mbox"), "must be a mailto IRI holding an email address");
        }
        String sha1 = node.string("mbox_sha1sum");
        if (sha1 != null && !Sha1Hex.isValid(sha1)) {
            throw Node.fail(node.at("mbox_sha1sum"), "must be 40 hexadecimal characters");
        }
        String openid = node.string("openid");
        if (openid != null && !Iri.isValid(openid)) {
            throw Node.fail(node.at("openid"), "must be an absolute URI");
        }
        if (node.has("account")) {
            Node account = node.object("account").allowOnly(ACCOUNT_PROPERTIES);
            account.require("homePage");
            Formats.irl(account, "homePage");
            account.requiredString("name");
        }
    }
}
