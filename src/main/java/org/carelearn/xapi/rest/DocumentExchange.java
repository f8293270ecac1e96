package org.carelearn.xapi.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.Document;
import org.carelearn.xapi.domain.ETags;
import org.carelearn.xapi.domain.Precondition;

/**
 * What the three document resources read from a request and write into a response alike: the body and its
 * content type, the precondition headers, a document with its ETag and Last-Modified, a list of ids.
 */
final class DocumentExchange {

    /** The largest document accepted: as large as a statement batch. */
    static final int MAX_BYTES = JsonBodies.MAX_BYTES;
    private static final int MAX_CONTENT_TYPE = 255;

    private DocumentExchange() {
    }

    static byte[] body(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new LrsException(Kind.TOO_LARGE, "The document is larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new LrsException(Kind.BAD_REQUEST, "The request body could not be read");
        }
    }

    /** The Content-Type as sent, checked so that it can be sent back; null when there is none. */
    static String contentType(HttpHeaders headers) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            MediaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new LrsException(Kind.BAD_REQUEST, "Content-Type '" + type + "' is not a media type");
        }
        if (type.length() > MAX_CONTENT_TYPE) {
            throw new LrsException(Kind.BAD_REQUEST, "Content-Type is longer than " + MAX_CONTENT_TYPE + " characters");
        }
        return type.strip();
    }

    static Precondition precondition(HttpHeaders headers) {
        return new Precondition(headers.getHeaderString(HttpHeaders.IF_MATCH),
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }

    static Response found(Optional<Document> document) {
        Document found = document.orElseThrow(() -> new LrsException(Kind.NOT_FOUND, "No such document"));
        return Response.ok(found.content()).header(HttpHeaders.CONTENT_TYPE, found.contentType())
                .header(HttpHeaders.ETAG, ETags.quoted(found.etag()))
                .lastModified(Date.from(found.updated())).build();
    }

    static Response ids(List<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return Response.ok(array.build(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static LrsCredentials credentials(HttpServletRequest request) {
        return (LrsCredentials) request.getAttribute(XapiHeaders.CREDENTIALS);
    }
}
