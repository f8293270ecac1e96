package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Objects;
import org.carelearn.platform.json.Jsons;

/**
 * A stored statement as the store holds it: the JSON text the LRS wrote when it stored the statement, parsed only
 * when someone needs its members. A page of a query is mostly sent on as it is (see
 * {@code XapiEdition.presentsAsStored}), and parsing and writing two hundred statements again was most of what a
 * GET cost (LrsBench, session 14).
 *
 * <p>Not for sharing between threads: the parsed form is kept without synchronization.
 */
public final class StoredText {

    private final String text;
    private JsonObject json;

    public StoredText(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The text exactly as stored: compact JSON written by the LRS itself (no white space between tokens). */
    public String text() {
        return text;
    }

    /** The statement's members, parsed on first use. */
    public JsonObject json() {
        if (json == null) {
            try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
                json = reader.readObject();
            }
        }
        return json;
    }

    @Override
    public String toString() {
        return text;
    }
}
