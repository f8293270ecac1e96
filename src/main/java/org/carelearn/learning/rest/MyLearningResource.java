package org.carelearn.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.LaunchTicket;
import org.carelearn.learning.application.Launches;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LaunchMode;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.web.RequestAddress;

/** /api/me/learning: the caller's own enrolments; enrol in a catalog course; launch an AU (in a launch mode). */
@Path("/me/learning")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class MyLearningResource {

    @Inject
    private Enrolments enrolments;

    @Inject
    private Launches launches;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Context
    private HttpServletRequest http;

    @GET
    public List<EnrolmentDto> mine() {
        return enrolments.enrolmentsOf(employeeId()).stream().map(EnrolmentDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(@Valid @NotNull(message = "Send {\"courseIri\": …}") EnrolRequest request) {
        Enrolment enrolment = enrolments.enrolSelf(currentActor.get(), employeeId(), request.courseIri());
        return Response.created(URI.create("me/learning/" + enrolment.getId())).entity(EnrolmentDto.of(enrolment))
                .build();
    }

    @POST
    @Path("/{enrolmentId}/launches")
    @Consumes(MediaType.APPLICATION_JSON)
    public LaunchDto launch(@PathParam("enrolmentId") long enrolmentId,
            @Valid @NotNull(message = "Send {\"au\": …}") LaunchRequest request) {
        LaunchMode mode = request.launchMode() == null ? LaunchMode.NORMAL
                : LaunchMode.named(request.launchMode()).orElseThrow();
        LaunchTicket ticket = launches.launch(employeeId(), enrolmentId, request.au(), mode, RequestAddress.of(http));
        return new LaunchDto(ticket.sessionId(), ticket.url(), ticket.isOwnWindow() ? "OwnWindow" : "AnyWindow",
                ticket.launchMode().cmi5Name());
    }

    private String employeeId() {
        return currentPerson.get().map(SignedInPerson::employeeId)
                .orElseThrow(() -> new NotFoundException("Your account has no staff record"));
    }
}
