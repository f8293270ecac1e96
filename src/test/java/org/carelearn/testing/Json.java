package org.carelearn.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Reads the JSON a test received. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
