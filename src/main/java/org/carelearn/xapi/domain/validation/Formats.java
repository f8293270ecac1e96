package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonValue;
import org.carelearn.xapi.domain.format.Iri;
import org.carelearn.xapi.domain.format.Irl;
import org.carelearn.xapi.domain.format.IsoTimestamp;
import org.carelearn.xapi.domain.format.LanguageTag;
import org.carelearn.xapi.domain.format.Uuids;

/**
 * The typed-string properties and the two open-ended structures (language maps, extensions) that
 * recur all over a statement. Centralised so every occurrence reports the same wording.
 */
final class Formats {

    private Formats() {
    }

    static void iri(Node node, String key) {
        String v = node.string(key);
        if (v != null && !Iri.isValid(v)) {
            throw Node.fail(node.at(key), "must be an absolute IRI");
        }
    }

    static void irl(Node node, String key) {
        String v = node.string(key);
        if (v != null && !Irl.isValid(v)) {
            throw Node.fail(node.at(key), "must be an absolute IRL");
        }
    }

    static void uuid(Node node, String key) {
        String v = node.string(key);
        if (v != null && !Uuids.isValid(v)) {
            throw Node.fail(node.at(key), "must be a UUID");
        }
    }

    static void timestamp(Node node, String key) {
        String v = node.string(key);
        if (v != null && !IsoTimestamp.isValid(v)) {
            throw Node.fail(node.at(key), "must be an ISO 8601 date-time with a valid offset");
        }
    }

    static void languageTag(Node node, String key) {
        String v = node.string(key);
        if (v != null && !LanguageTag.isValid(v)) {
            throw Node.fail(node.at(key), "must be an RFC 5646 language tag");
        }
    }

    /** A language map: keys are RFC 5646 tags, values are strings (never null). */
    static void languageMap(Node parent, String key) {
        if (!parent.has(key)) {
            return;
        }
        Node map = parent.object(key);
        for (var entry : map.json().entrySet()) {
            String at = map.path() + "[" + entry.getKey() + "]";
            if (!LanguageTag.isValid(entry.getKey())) {
                throw Node.fail(at, "language map key must be an RFC 5646 language tag");
            }
            if (entry.getValue().getValueType() != JsonValue.ValueType.STRING) {
                throw Node.fail(at, "language map value must be a string");
            }
        }
    }

    /** Extensions: keys are IRIs; values are anything, including null and empty objects. */
    static void extensions(Node parent) {
        if (!parent.has("extensions")) {
            return;
        }
        Node ext = parent.object("extensions");
        for (String k : ext.json().keySet()) {
            if (!Iri.isValid(k)) {
                throw Node.fail(ext.path() + "[" + k + "]", "extension key must be an absolute IRI");
            }
        }
    }
}
