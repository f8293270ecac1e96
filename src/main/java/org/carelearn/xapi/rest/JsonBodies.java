package org.carelearn.xapi.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;

/** Reads request bodies as JSON, refusing what is too large or not JSON before anything else happens. */
final class JsonBodies {

    /** 4 MiB: about two thousand typical statements; attachments travel in multipart, not here. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private JsonBodies() {
    }

    static JsonStructure read(InputStream body) {
        return parse(text(body));
    }

    static String text(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new LrsException(Kind.TOO_LARGE, "The request body is larger than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LrsException(Kind.BAD_REQUEST, "The request body could not be read");
        }
    }

    static JsonStructure parse(String text) {
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            return reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new LrsException(Kind.BAD_REQUEST, "The request body is not valid JSON");
        }
    }

    static JsonValue parseParameter(String name, String text) {
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new LrsException(Kind.BAD_REQUEST, "Parameter " + name + " is not valid JSON");
        }
    }
}
