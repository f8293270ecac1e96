package org.carelearn.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.SignIns;
import org.carelearn.staff.application.SignedInUser;

/** /api/me: who the caller is signed in as, and with which roles. */
@Path("/me")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private SignIns signIns;

    @Inject
    private CurrentActor currentActor;

    @GET
    public SignedInUser me() {
        String username = currentActor.get().username();
        return signIns.current(username).orElseThrow(() -> new NotFoundException("No account " + username));
    }
}
