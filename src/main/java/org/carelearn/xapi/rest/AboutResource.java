package org.carelearn.xapi.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /xapi/about: the versions this LRS speaks (xAPI 1.0.3, Part Three, 2.8). Open to anyone. */
@Path("about")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject about() {
        return Json.createObjectBuilder().add("version", Json.createArrayBuilder().add("1.0.3").add("1.0.2")
                .add("1.0.1").add("1.0.0")).add("extensions", Json.createObjectBuilder()).build();
    }
}
