package org.carelearn.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.Waivers;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;

/** /api/admin/enrolments: anyone's enrolments, and waiving an AU for them (cmi5 9.3.7). */
@Path("/admin/enrolments")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentAdminResource {

    @Inject
    private Enrolments enrolments;

    @Inject
    private Waivers waivers;

    @Inject
    private CurrentActor currentActor;

    @GET
    public List<EnrolmentDto> of(@QueryParam("employeeId") @NotBlank(message = "Give ?employeeId=") String employeeId) {
        return enrolments.enrolmentsOf(employeeId).stream().map(EnrolmentDto::of).toList();
    }

    @POST
    @Path("/{enrolmentId}/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response waive(@PathParam("enrolmentId") long enrolmentId,
            @Valid @NotNull(message = "Send {\"au\": …, \"reason\": …}") WaiverRequest request) {
        waivers.waive(currentActor.get(), enrolmentId, request.au(), request.reason());
        return Response.noContent().build();
    }
}
