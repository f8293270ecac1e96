package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonValue;
import java.util.Set;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * Dispatches a statement's {@code object} on its objectType, and holds the StatementRef and
 * SubStatement rules.
 *
 * <p>The objectType values are case-sensitive ({@code "activity"} is rejected by the suite) and an
 * absent objectType means Activity, so an Agent without objectType fails as an Activity without id.
 */
final class ObjectRules {

    private static final Set<String> STATEMENT_REF_PROPERTIES = Set.of("objectType", "id");

    private ObjectRules() {
    }

    /**
     * @param insideSubStatement true for a SubStatement's object, which must not be a SubStatement
     */
    static void validate(JsonValue value, String path, boolean insideSubStatement, XapiEdition edition) {
        Node node = Node.of(value, path);
        String objectType = node.string("objectType");
        if (objectType == null || objectType.equals("Activity")) {
            ActivityRules.validate(value, path);
            return;
        }
        switch (objectType) {
            case "Agent", "Group" -> ActorRules.validate(value, path, ActorRules.Position.OBJECT);
            case "StatementRef" -> statementRef(value, path);
            case "SubStatement" -> {
                if (insideSubStatement) {
                    throw Node.fail(node.at("objectType"), "a SubStatement must not contain a SubStatement");
                }
                StatementRules.subStatement(node, edition);
            }
            default -> throw Node.fail(node.at("objectType"),
                    "must be one of Activity, Agent, Group, StatementRef, SubStatement");
        }
    }

    static void statementRef(JsonValue value, String path) {
        Node ref = Node.of(value, path).allowOnly(STATEMENT_REF_PROPERTIES);
        if (!"StatementRef".equals(ref.requiredString("objectType"))) {
            throw Node.fail(ref.at("objectType"), "must be \"StatementRef\"");
        }
        ref.require("id");
        Formats.uuid(ref, "id");
    }

    /** @return true when the object is (or defaults to) an Activity */
    static boolean isActivity(JsonValue object) {
        if (object == null || object.getValueType() != JsonValue.ValueType.OBJECT) {
            return false;
        }
        JsonValue type = object.asJsonObject().get("objectType");
        return type == null || (type.getValueType() == JsonValue.ValueType.STRING
                && "Activity".equals(object.asJsonObject().getString("objectType")));
    }
}
