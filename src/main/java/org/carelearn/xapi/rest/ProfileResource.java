package org.carelearn.xapi.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.carelearn.xapi.application.DocumentStore;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentScope;

/**
 * What the two profile resources share (xAPI 1.0.3, Part Three, 2.6 and 2.7): documents named by a
 * profileId within the scope of one activity or one agent. A PUT must carry If-Match or If-None-Match
 * (Part Three, 3.1). HEAD is served from GET. Public, because JAX-RS reads resource methods only from
 * public classes.
 */
public abstract class ProfileResource {

    @Inject
    private DocumentStore store;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** The request's conditional headers, for GETs of documents. */
    @Context
    private Request conditions;

    @GET
    public Response get() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        if (parameters.containsKey("profileId")) {
            StatementParameters.onlyAllowed(parameters, scopeParameter(), "profileId");
            return DocumentExchange.found(store.find(key(parameters), DocumentExchange.credentials(request)),
                    conditions);
        }
        StatementParameters.onlyAllowed(parameters, scopeParameter(), "since");
        return DocumentExchange.ids(store.ids(scope(parameters), DocumentParameters.since(parameters),
                DocumentExchange.credentials(request)), conditions);
    }

    @PUT
    public Response put(InputStream body) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, scopeParameter(), "profileId");
        store.put(key(parameters), DocumentExchange.body(body), DocumentExchange.contentType(headers),
                DocumentExchange.precondition(headers), DocumentExchange.credentials(request),
                XapiHeaders.edition(request));
        return Response.noContent().build();
    }

    @POST
    public Response post(InputStream body) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, scopeParameter(), "profileId");
        store.post(key(parameters), DocumentExchange.body(body), DocumentExchange.contentType(headers),
                DocumentExchange.precondition(headers), DocumentExchange.credentials(request));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, scopeParameter(), "profileId");
        store.delete(key(parameters), DocumentExchange.precondition(headers), DocumentExchange.credentials(request));
        return Response.noContent().build();
    }

    /** The parameter that names the scope: activityId or agent. */
    protected abstract String scopeParameter();

    protected abstract DocumentScope scope(MultivaluedMap<String, String> parameters);

    private DocumentKey key(MultivaluedMap<String, String> parameters) {
        DocumentScope scope = scope(parameters);
        return scope.document(DocumentParameters.required(parameters, "profileId"));
    }
}
