package org.carelearn.xapi.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.carelearn.xapi.domain.validation.JsonText;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final DocumentKey KEY = DocumentScope.agentProfile("mbox:mailto:nurse@example.org")
            .document("preferences");

    @Test
    void jsonWhateverTheCaseAndCharset() {
        assertTrue(document("{}", "Application/JSON; charset=utf-8").isJson());
        assertFalse(document("{}", "text/plain").isJson());
        assertFalse(document("{}", "application/json-patch+json").isJson());
    }

    @Test
    void missingTypeIsOctetStreamAndTagIsTheContentsSha1() {
        Document untyped = document("abc", null);
        assertEquals(Document.DEFAULT_TYPE, untyped.contentType());
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", untyped.etag());
    }

    @Test
    void jsonObjectOnlyForExactlyOneObject() {
        assertEquals(Optional.of(JsonText.parse("{\"a\": {\"b\": 1}}")),
                document(" {\"a\": {\"b\": 1}} \n", Document.JSON).jsonObject());
        assertTrue(document("{\"a\": 1}[", Document.JSON).jsonObject().isEmpty());
        assertTrue(document("{\"a\": 1}{", Document.JSON).jsonObject().isEmpty());
        assertTrue(document("{\"a\": 1", Document.JSON).jsonObject().isEmpty());
        assertTrue(document("[1, 2]", Document.JSON).jsonObject().isEmpty());
        assertTrue(document("abc", Document.JSON).jsonObject().isEmpty());
        assertTrue(document("", Document.JSON).jsonObject().isEmpty());
    }

    @Test
    void contentCannotBeChangedFromOutside() {
        byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
        Document document = Document.of(KEY, content, Document.JSON, Instant.EPOCH);
        content[0] = 'x';
        document.content()[1] = 'y';
        assertEquals("{}", new String(document.content(), StandardCharsets.UTF_8));
    }

    private static Document document(String content, String type) {
        return Document.of(KEY, content.getBytes(StandardCharsets.UTF_8), type, Instant.EPOCH);
    }
}
