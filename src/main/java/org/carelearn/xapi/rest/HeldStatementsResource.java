package org.carelearn.xapi.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.xapi.application.HeldStatements;
import org.carelearn.xapi.application.HeldStatements.Held;
import org.carelearn.xapi.application.HeldStatements.Retried;

/**
 * /api/admin/lrs-forwarding/held: the statements the external LRS refused for good, held back from forwarding
 * (part of CareLearn's /api, not of the LRS at /xapi). An admin lists them, sends one again or releases it.
 */
@Path("/admin/lrs-forwarding/held")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class HeldStatementsResource {

    /** A page of the held list and how many there are in all. */
    public record HeldPage(long count, List<Held> statements) {
    }

    @Inject
    private HeldStatements held;

    @Inject
    private CurrentActor currentActor;

    @GET
    public HeldPage list(@QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "first is 0 or more") int first,
            @QueryParam("max") @DefaultValue("100") @Min(value = 1, message = "max is 1 to 500")
            @Max(value = 500, message = "max is 1 to 500") int max) {
        return new HeldPage(held.count(), held.list(first, max));
    }

    /** Sends the statement again: 200 with the outcome (ACCEPTED, REFUSED_AGAIN or NOT_REACHED, and why). */
    @POST
    @Path("/{statementId}/retry")
    public Retried retry(@PathParam("statementId") String statementId) {
        return held.retry(currentActor.get(), statementId);
    }

    /** Gives up forwarding the statement (it stays in CareLearn's LRS): 204. */
    @POST
    @Path("/{statementId}/release")
    public Response release(@PathParam("statementId") String statementId) {
        held.release(currentActor.get(), statementId);
        return Response.noContent().build();
    }
}
