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

/** GET /xapi/activities?activityId= (xAPI 1.0.3, Part Three, 2.5): the Activity Object the LRS knows. */
@Path("activities")
public class ActivitiesResource {

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
        StatementParameters.onlyAllowed(parameters, "activityId");
        return objects.activity(DocumentParameters.activityId(parameters), DocumentExchange.credentials(request));
    }
}
