package org.carelearn.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carelearn.learning.application.Abandonments;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;

/** /api/admin/launch-sessions: an administrator abandons a learner's open lesson session (cmi5 9.3.6). */
@Path("/admin/launch-sessions")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class LaunchSessionAdminResource {

    @Inject
    private Abandonments abandonments;

    @Inject
    private CurrentActor currentActor;

    @POST
    @Path("/{sessionId}/abandon")
    public Response abandon(@PathParam("sessionId") String sessionId) {
        abandonments.abandon(currentActor.get(), sessionId);
        return Response.noContent().build();
    }
}
