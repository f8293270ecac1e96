package org.carelearn.xapi.domain.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses text-block JSON and asserts validator outcomes, so tests read as data. */
public final class JsonText {

    private static final StatementValidator VALIDATOR = new StatementValidator();

    private JsonText() {
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static void assertAccepted(String statement) {
        assertDoesNotThrow(() -> VALIDATOR.validate(parse(statement)));
    }

    /** Asserts rejection and that the message starts with the offending property's path. */
    public static StatementValidationException assertRejected(String statement, String expectedPath) {
        var e = assertThrows(StatementValidationException.class, () -> VALIDATOR.validate(parse(statement)));
        assertTrue(e.getMessage().startsWith(expectedPath + ": "),
                () -> "expected path " + expectedPath + " but message was: " + e.getMessage());
        return e;
    }
}
