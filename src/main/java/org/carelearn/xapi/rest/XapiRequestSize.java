package org.carelearn.xapi.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carelearn.platform.rest.ErrorResponse;

/**
 * Refuses a body that announces itself as too large (413) before anything reads it: JSON up to
 * {@link JsonBodies#MAX_BYTES}, multipart (statements with attachment content) up to
 * {@link StatementBody#MAX_MULTIPART_BYTES}. Bodies without a length are limited as they are read.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class XapiRequestSize implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        int length = request.getLength();
        MediaType type = request.getMediaType();
        boolean multipart = type != null && type.getType().equalsIgnoreCase("multipart");
        long limit = multipart ? StatementBody.MAX_MULTIPART_BYTES : JsonBodies.MAX_BYTES;
        if (length > limit) {
            request.abortWith(Response.status(413).header(XapiHeaders.VERSION, XapiHeaders.SPOKEN_VERSION)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(413, "The request body is larger than " + limit + " bytes")).build());
        }
    }
}
