package org.carelearn.xapi.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import org.carelearn.xapi.domain.document.DocumentScope;

/** /xapi/activities/profile (xAPI 1.0.3, Part Three, 2.7): documents about one activity, shared by its clients. */
@Path("activities/profile")
public class ActivityProfileResource extends ProfileResource {

    @Override
    protected String scopeParameter() {
        return "activityId";
    }

    @Override
    protected DocumentScope scope(MultivaluedMap<String, String> parameters) {
        return DocumentScope.activityProfile(DocumentParameters.activityId(parameters));
    }
}
