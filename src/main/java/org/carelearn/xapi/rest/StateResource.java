package org.carelearn.xapi.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
 * /xapi/activities/state (xAPI 1.0.3, Part Three, 2.3): one learner's documents for one activity, optionally
 * per registration. A GET or DELETE without stateId addresses all of them. HEAD is served from GET.
 */
@Path("activities/state")
public class StateResource {

    private static final String[] ONE = {"activityId", "agent", "registration", "stateId"};

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
        if (parameters.containsKey("stateId")) {
            StatementParameters.onlyAllowed(parameters, ONE);
            return DocumentExchange.found(store.find(key(parameters), DocumentExchange.credentials(request)),
                    conditions);
        }
        StatementParameters.onlyAllowed(parameters, "activityId", "agent", "registration", "since");
        DocumentScope scope = DocumentParameters.stateScope(parameters);
        return DocumentExchange.ids(store.ids(scope, DocumentParameters.since(parameters),
                DocumentExchange.credentials(request)), conditions);
    }

    @PUT
    public Response put(InputStream body) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, ONE);
        store.put(key(parameters), DocumentExchange.body(body), DocumentExchange.contentType(headers),
                DocumentExchange.precondition(headers), DocumentExchange.credentials(request),
                XapiHeaders.edition(request));
        return Response.noContent().build();
    }

    @POST
    public Response post(InputStream body) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, ONE);
        store.post(key(parameters), DocumentExchange.body(body), DocumentExchange.contentType(headers),
                DocumentExchange.precondition(headers), DocumentExchange.credentials(request));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, ONE);
        if (parameters.containsKey("stateId")) {
            store.delete(key(parameters), DocumentExchange.precondition(headers),
                    DocumentExchange.credentials(request));
        } else {
            store.deleteAll(DocumentParameters.stateScope(parameters), DocumentExchange.credentials(request));
        }
        return Response.noContent().build();
    }

    private static DocumentKey key(MultivaluedMap<String, String> parameters) {
        DocumentScope scope = DocumentParameters.stateScope(parameters);
        return scope.document(DocumentParameters.required(parameters, "stateId"));
    }
}
