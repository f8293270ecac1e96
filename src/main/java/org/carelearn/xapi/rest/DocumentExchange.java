package org.carelearn.xapi.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentIds;
import org.carelearn.xapi.domain.document.ETags;
import org.carelearn.xapi.domain.document.Precondition;

/**
 * What the three document resources read from a request and write into a response alike: the body and its
 * content type, the precondition headers, a document with its ETag and Last-Modified, a list of ids with the
 * Last-Modified of the newest, and conditional GETs of either.
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

    /**
     * One document with its ETag and Last-Modified; a conditional GET (If-None-Match, If-Modified-Since,
     * If-Match, If-Unmodified-Since, RFC 9110 13.1) is answered 304 or 412 without the content.
     */
    static Response found(Optional<Document> document, Request request) {
        Document found = document.orElseThrow(() -> new LrsException(Kind.NOT_FOUND, "No such document"));
        EntityTag etag = new EntityTag(found.etag());
        Date modified = httpDate(found.updated());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, etag);
        if (unchanged != null) {
            return unchanged.tag(etag).lastModified(modified).build();
        }
        return Response.ok(found.content()).header(HttpHeaders.CONTENT_TYPE, found.contentType())
                .header(HttpHeaders.ETAG, ETags.quoted(found.etag())).lastModified(modified).build();
    }

    /** A scope's document ids, with Last-Modified of the newest; If-Modified-Since answered 304 when unchanged. */
    static Response ids(DocumentIds ids, Request request) {
        Optional<Date> modified = ids.lastModified().map(DocumentExchange::httpDate);
        if (modified.isPresent()) {
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified.get());
            if (unchanged != null) {
                return unchanged.lastModified(modified.get()).build();
            }
        }
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        ids.ids().forEach(array::add);
        Response.ResponseBuilder ok = Response.ok(array.build(), MediaType.APPLICATION_JSON_TYPE);
        modified.ifPresent(ok::lastModified);
        return ok.build();
    }

    /** HTTP dates have whole seconds: compare at that precision, or a document would never be "not modified". */
    private static Date httpDate(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static LrsCredentials credentials(HttpServletRequest request) {
        return (LrsCredentials) request.getAttribute(XapiHeaders.CREDENTIALS);
    }
}
