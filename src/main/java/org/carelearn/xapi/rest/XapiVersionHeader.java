package org.carelearn.xapi.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.carelearn.platform.rest.ErrorResponse;

/**
 * Requests must name xAPI version 1.0.x in X-Experience-API-Version (all but "about"); every response
 * names 1.0.3.
 */
@Priority(Priorities.HEADER_DECORATOR)
public class XapiVersionHeader implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = "carelearn.xapi.started";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!XapiHeaders.isLrsRequest(request)) {
            return;
        }
        request.setProperty(STARTED, DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        if (XapiHeaders.isAbout(request)) {
            return;
        }
        String version = request.getHeaderString(XapiHeaders.VERSION);
        if (version == null || !version.strip().matches("1\\.0(\\.\\d+)?")) {
            request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorResponse.of(400,
                    "Send the header " + XapiHeaders.VERSION + ": " + XapiHeaders.SPOKEN_VERSION)).build());
        }
    }

    /**
     * Every response names the version; every statement GET (errors included) says how far the store is
     * consistent: everything committed before the request began.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!XapiHeaders.isLrsRequest(request)) {
            return;
        }
        response.getHeaders().putSingle(XapiHeaders.VERSION, XapiHeaders.SPOKEN_VERSION);
        String path = request.getUriInfo().getPath();
        boolean statements = path.equals("statements") || path.equals("/statements");
        if (statements && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !response.getHeaders().containsKey(XapiHeaders.CONSISTENT_THROUGH)) {
            response.getHeaders().putSingle(XapiHeaders.CONSISTENT_THROUGH, request.getProperty(STARTED));
        }
    }
}
