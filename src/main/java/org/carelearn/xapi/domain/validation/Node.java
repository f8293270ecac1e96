package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A JSON object together with its path in the statement.
 *
 * <p>Every rule needs both the value and the path to report, so the pair travels together and the
 * rule classes stay free of string concatenation and type juggling. All failures go through
 * {@link #fail(String, String)}, which keeps the message format in one place.
 */
final class Node {

    private final JsonObject json;
    private final String path;

    private Node(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    /** Wraps {@code value}, failing when it is not a JSON object. */
    static Node of(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw fail(path, "must be a JSON object");
        }
        return new Node(value.asJsonObject(), path);
    }

    static StatementValidationException fail(String path, String reason) {
        return new StatementValidationException(path, reason);
    }

    JsonObject json() {
        return json;
    }

    String path() {
        return path;
    }

    String at(String key) {
        return path + "." + key;
    }

    boolean has(String key) {
        return json.containsKey(key);
    }

    JsonValue get(String key) {
        return json.get(key);
    }

    Node object(String key) {
        return of(json.get(key), at(key));
    }

    /**
     * Rejects properties the spec does not define for this object, and any null value: xAPI says an
     * LRS rejects a statement with a property set to null, except inside extensions (which never
     * pass through here).
     */
    Node allowOnly(Set<String> allowed) {
        for (var entry : json.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw fail(at(entry.getKey()), "is not an allowed property here");
            }
            if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                throw fail(at(entry.getKey()), "must not be null");
            }
        }
        return this;
    }

    void require(String key) {
        if (!json.containsKey(key)) {
            throw fail(at(key), "is required");
        }
    }

    /** @return the string value, or null when absent; fails when present but not a string */
    String string(String key) {
        JsonValue v = json.get(key);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw fail(at(key), "must be a string");
        }
        return ((JsonString) v).getString();
    }

    String requiredString(String key) {
        require(key);
        return string(key);
    }

    /** @return the number value, or null when absent; fails when present but not a number */
    JsonNumber number(String key) {
        JsonValue v = json.get(key);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw fail(at(key), "must be a number");
        }
        return (JsonNumber) v;
    }

    void booleanIfPresent(String key) {
        JsonValue v = json.get(key);
        if (v != null && v.getValueType() != JsonValue.ValueType.TRUE
                && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw fail(at(key), "must be a boolean");
        }
    }

    /** @return the array value, or null when absent; fails when present but not an array */
    JsonArray array(String key) {
        JsonValue v = json.get(key);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw fail(at(key), "must be an array");
        }
        return v.asJsonArray();
    }
}
