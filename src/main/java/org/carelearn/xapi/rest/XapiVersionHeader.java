package org.carelearn.xapi.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.StatementStore;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * X-Experience-API-Version chooses the edition of every request but "about" ({@link XapiEdition}: 1.0.x or
 * 2.0.x); a request without a version we speak is refused with 400. Every response names its edition.
 */
@ApplicationScoped
@Priority(Priorities.HEADER_DECORATOR)
public class XapiVersionHeader implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String CONSISTENT = "carelearn.xapi.consistent-through";

    @Inject
    private ClientEditions editions;

    @Inject
    private StatementStore store;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!XapiHeaders.isLrsRequest(request)) {
            return;
        }
        if (isStatementRead(request)) {
            // read before the query runs: what it reports, the query is sure to see
            request.setProperty(CONSISTENT, DateTimeFormatter.ISO_INSTANT.format(store.consistentThrough()));
        }
        Optional<XapiEdition> named = XapiEdition.ofHeader(request.getHeaderString(XapiHeaders.VERSION));
        named.ifPresent(edition -> request.setProperty(XapiHeaders.EDITION, edition));
        if (XapiHeaders.isAbout(request)) {
            return;
        }
        LrsCredentials credentials = (LrsCredentials) request.getProperty(XapiHeaders.CREDENTIALS);
        if (named.isPresent()) {
            if (credentials != null) {
                editions.named(credentials, named.get());
            }
            return;
        }
        request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorResponse.of(400,
                "Send the header " + XapiHeaders.VERSION + ": 2.0.0 or 1.0.3")).build());
    }

    /**
     * Every response names the edition; every statement GET (errors included) says how far the store is
     * consistent: the stored time before which every statement was committed when the request began
     * ({@link StatementStore#consistentThrough()}).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!XapiHeaders.isLrsRequest(request)) {
            return;
        }
        XapiEdition edition = request.getProperty(XapiHeaders.EDITION) instanceof XapiEdition chosen ? chosen
                : editions.lastNamedBy((LrsCredentials) request.getProperty(XapiHeaders.CREDENTIALS));
        response.getHeaders().putSingle(XapiHeaders.VERSION, edition.header());
        if (request.getProperty(CONSISTENT) != null
                && !response.getHeaders().containsKey(XapiHeaders.CONSISTENT_THROUGH)) {
            response.getHeaders().putSingle(XapiHeaders.CONSISTENT_THROUGH, request.getProperty(CONSISTENT));
        }
    }

    private static boolean isStatementRead(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return (path.equals("statements") || path.equals("/statements"))
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }
}
