package org.carelearn.xapi.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.carelearn.xapi.application.LrsObjects;

/** GET /xapi/agents?agent= (xAPI 1.0.3, Part Three, 2.4): the Person Object behind an agent. */
@Path("agents")
public class AgentsResource {

    @Inject
    private LrsObjects objects;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject get() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.onlyAllowed(parameters, "agent");
        return objects.person(DocumentParameters.agent(parameters), DocumentExchange.credentials(request));
    }
}
