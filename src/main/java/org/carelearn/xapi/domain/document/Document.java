package org.carelearn.xapi.domain.document;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.carelearn.platform.json.Jsons;

/**
 * A state or profile document: any bytes with the content type they came with (xAPI 1.0.3, Part Three,
 * 2.2). The LRS reads the content only to merge JSON on POST.
 *
 * @param etag    the SHA-1 of the content, unquoted ({@link ETags#of})
 * @param updated when the content last changed, to the millisecond
 */
public record Document(DocumentKey key, byte[] content, String contentType, String etag, Instant updated) {

    public static final String JSON = "application/json";
    public static final String DEFAULT_TYPE = "application/octet-stream";

    public Document {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(updated, "updated");
        content = content.clone();
    }

    /** A new version of a document, its tag worked out from the content. */
    public static Document of(DocumentKey key, byte[] content, String contentType, Instant updated) {
        String type = contentType == null || contentType.isBlank() ? DEFAULT_TYPE : contentType.strip();
        return new Document(key, content, type, ETags.of(content), updated);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Whether the content type is application/json, whatever its parameters (charset). */
    public boolean isJson() {
        return isJson(contentType);
    }

    /**
     * The content as exactly one JSON object, or empty when it is anything else, including an object
     * followed by more text (which a plain JSON reader would silently ignore).
     */
    public Optional<JsonObject> jsonObject() {
        try (JsonParser parser = Jsons.createParser(new ByteArrayInputStream(content))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return mediaType.toLowerCase(Locale.ROOT).equals(JSON);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document d && key.equals(d.key) && Arrays.equals(content, d.content)
                && contentType.equals(d.contentType) && etag.equals(d.etag) && updated.equals(d.updated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(content), contentType, etag, updated);
    }

    @Override
    public String toString() {
        return "Document[" + key + ", " + content.length + " bytes of " + contentType + ", etag " + etag + "]";
    }
}
