package org.carelearn.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.Accounts;

/** /api/admin/accounts: what an admin does to an account besides editing the person. ADMIN only. */
@Path("/admin/accounts/{username}")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The temporary password, returned once; CareLearn keeps only its hash. */
    public record TemporaryPassword(String username, String temporaryPassword) {
    }

    @Inject
    private Accounts accounts;

    @Inject
    private CurrentActor currentActor;

    @POST
    @Path("temporary-password")
    public TemporaryPassword issueTemporaryPassword(@PathParam("username") String username) {
        return new TemporaryPassword(username,
                new String(accounts.issueTemporaryPassword(currentActor.get(), username)));
    }

    @POST
    @Path("unlock")
    public Response unlock(@PathParam("username") String username) {
        accounts.unlock(currentActor.get(), username);
        return Response.noContent().build();
    }
}
