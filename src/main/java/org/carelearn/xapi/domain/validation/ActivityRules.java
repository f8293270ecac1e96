package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules for Activity objects and their definitions, including the interaction-activity model.
 *
 * <p>Interaction component lists are tied to the interaction type: the spec lists which of
 * {@code choices}, {@code scale}, {@code source}, {@code target}, {@code steps} belong to which
 * {@code interactionType}, and the suite rejects a definition that carries interaction data without
 * declaring an interactionType. Accepting a mismatched list would store a definition no reporting
 * tool can interpret.
 */
final class ActivityRules {

    private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_PROPERTIES = Set.of("name", "description", "type",
            "moreInfo", "interactionType", "correctResponsesPattern", "choices", "scale", "source",
            "target", "steps", "extensions");
    private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    private static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of(
            "true-false", Set.of(),
            "choice", Set.of("choices"),
            "fill-in", Set.of(),
            "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"),
            "performance", Set.of("steps"),
            "sequencing", Set.of("choices"),
            "likert", Set.of("scale"),
            "numeric", Set.of(),
            "other", Set.of());

    private ActivityRules() {
    }

    /** Validates an Activity whose objectType is "Activity" or absent. */
    static void validate(JsonValue value, String path) {
        Node node = Node.of(value, path).allowOnly(ACTIVITY_PROPERTIES);
        String objectType = node.string("objectType");
        if (objectType != null && !objectType.equals("Activity")) {
            throw Node.fail(node.at("objectType"), "must be \"Activity\"");
        }
        node.require("id");
        Formats.iri(node, "id");
        if (node.has("definition")) {
            definition(node.object("definition"));
        }
    }

    private static void definition(Node def) {
        def.allowOnly(DEFINITION_PROPERTIES);
        Formats.languageMap(def, "name");
        Formats.languageMap(def, "description");
        Formats.iri(def, "type");
        Formats.irl(def, "moreInfo");
        Formats.extensions(def);
        String interactionType = def.string("interactionType");
        if (interactionType != null && !LISTS_BY_TYPE.containsKey(interactionType)) {
            throw Node.fail(def.at("interactionType"), "must be one of " + String.join(", ", LISTS_BY_TYPE.keySet()));
        }
        JsonArray pattern = def.array("correctResponsesPattern");
        if (pattern != null) {
            requireInteractionType(def, "correctResponsesPattern", interactionType);
            for (int i = 0; i < pattern.size(); i++) {
                if (pattern.get(i).getValueType() != JsonValue.ValueType.STRING) {
                    throw Node.fail(def.at("correctResponsesPattern") + "[" + i + "]", "must be a string");
                }
            }
        }
        for (String list : COMPONENT_LISTS) {
            JsonArray components = def.array(list);
            if (components == null) {
                continue;
            }
            requireInteractionType(def, list, interactionType);
            if (!LISTS_BY_TYPE.get(interactionType).contains(list)) {
                throw Node.fail(def.at(list), "is not allowed for interactionType \"" + interactionType + "\"");
            }
            components(def.at(list), components);
        }
    }

    private static void requireInteractionType(Node def, String key, String interactionType) {
        if (interactionType == null) {
            throw Node.fail(def.at(key), "requires definition.interactionType");
        }
    }

    private static void components(String path, JsonArray components) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            Node c = Node.of(components.get(i), path + "[" + i + "]").allowOnly(COMPONENT_PROPERTIES);
            String id = c.requiredString("id");
            if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
                throw Node.fail(c.at("id"), "must be a non-empty string without whitespace");
            }
            if (!ids.add(id)) {
                throw Node.fail(c.at("id"), "must be unique within the list");
            }
            Formats.languageMap(c, "description");
        }
    }
}
