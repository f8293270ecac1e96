package org.carelearn.xapi.domain.document;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import org.carelearn.platform.json.Jsons;

/**
 * JSON merge for POST to the State, Agent Profile and Activity Profile resources.
 *
 * <p>xAPI 1.0.3 (Communication 2.2) defines the merge as one level deep: every top-level property
 * of the incoming document replaces the property of the same name in the stored document, whole
 * (nested objects are replaced, not merged), and stored properties the incoming document does not
 * mention are kept. The spec gives no deletion semantics, so an incoming {@code null} is stored as
 * {@code null} rather than removing the property. Checking that both documents are
 * {@code application/json} objects is the resource's job; this class only merges.
 */
public final class DocumentMerge {

    private DocumentMerge() {
    }

    /** @return a new object: {@code existing} overlaid with the top-level properties of {@code incoming} */
    public static JsonObject merge(JsonObject existing, JsonObject incoming) {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(incoming, "incoming");
        JsonObjectBuilder merged = Jsons.createObjectBuilder(existing);
        incoming.forEach(merged::add);
        return merged.build();
    }
}
