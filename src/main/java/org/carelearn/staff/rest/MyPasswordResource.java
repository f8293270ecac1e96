package org.carelearn.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.Accounts;

/**
 * /api/me/password: the caller replaces their own password, the REST twin of the password page. It is
 * the one address a person with a temporary password may call before choosing their own.
 */
@Path("/me/password")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class MyPasswordResource {

    /** The password the caller has now, and the one they choose (the password policy applies). */
    public record PasswordChange(@NotBlank(message = "Give your current password") String current,
            @NotBlank(message = "Give the new password") String replacement) {
    }

    @Inject
    private Accounts accounts;

    @Inject
    private CurrentActor currentActor;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@Valid @NotNull(message = "Send {\"current\": …, \"replacement\": …}") PasswordChange change) {
        accounts.changeOwnPassword(currentActor.get(), change.current().toCharArray(),
                change.replacement().toCharArray(), change.replacement().toCharArray());
        return Response.noContent().build();
    }
}
