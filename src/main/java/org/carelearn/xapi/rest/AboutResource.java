package org.carelearn.xapi.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.XapiEdition;

/** GET /xapi/about: the versions this LRS speaks, both editions (xAPI 1.0.3, Part Three, 2.8). Open to anyone. */
@Path("about")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject about() {
        JsonArrayBuilder versions = Jsons.createArrayBuilder();
        XapiEdition.aboutVersions().forEach(versions::add);
        return Jsons.createObjectBuilder().add("version", versions).add("extensions", Jsons.createObjectBuilder()).build();
    }
}
