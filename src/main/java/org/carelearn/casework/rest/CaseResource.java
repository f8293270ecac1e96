package org.carelearn.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.carelearn.casework.application.CaseImport;
import org.carelearn.casework.application.CaseImportResult;
import org.carelearn.casework.application.CaseIntakes;
import org.carelearn.casework.application.CaseLine;
import org.carelearn.casework.application.CaseReading;
import org.carelearn.casework.application.CaseView;
import org.carelearn.casework.application.ImportProblem;
import org.carelearn.casework.domain.CaseFilter;
import org.carelearn.casework.domain.CaseKind;
import org.carelearn.casework.domain.CaseStatus;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;

/**
 * /api/cases: patient-relations case records. Anyone signed in may ask; each answer holds only the cases the
 * caller may see ({@code casework.domain.CaseAccess}), and a case they may not see is 404, exactly like one that
 * does not exist. Every read is audited.
 */
@Path("/cases")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME,
        Role.PATIENT_RELATIONS_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    private CaseReading reading;

    @Inject
    private CaseIntakes intakes;

    @Inject
    private CaseSteps steps;

    @Inject
    private CaseImport caseImport;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private SignedInPerson person() {
        return currentPerson.get().orElseThrow(() -> new NotFoundException("Sign in first"));
    }

    @GET
    public List<CaseLine> list(@QueryParam("department") String department, @QueryParam("owner") String owner,
            @QueryParam("status") CaseStatus status, @QueryParam("kind") CaseKind kind,
            @QueryParam("open") @DefaultValue("false") boolean open) {
        return reading.search(currentActor.get(), person(), new CaseFilter(department, owner, status, kind, open,
                null));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response export(@QueryParam("department") String department, @QueryParam("open") boolean open) {
        String csv = reading.export(currentActor.get(), person(), new CaseFilter(department, null, null, null, open,
                null));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cases.csv\"").build();
    }

    @GET
    @Path("/{id}")
    public CaseView one(@PathParam("id") String id) {
        return reading.view(currentActor.get(), person(), id).orElseThrow(() -> new NotFoundException("No such case"));
    }

    @GET
    @Path("/{id}/letter")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") String id) {
        byte[] pdf = reading.letter(currentActor.get(), person(), id)
                .orElseThrow(() -> new NotFoundException("No such case"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"response-letter.pdf\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(IntakeRequest request, @Context UriInfo uri) {
        if (request == null) {
            return Response.status(400).entity(new ErrorResponse(400, "Send the case as JSON", List.of())).build();
        }
        String id = intakes.receive(currentActor.get(), person(), request.toIntake(), request.ownerEmployeeId());
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView step(@PathParam("id") String id, StepRequest request) {
        Actor actor = currentActor.get();
        steps.apply(actor, person(), id, request);
        return reading.view(actor, person(), id).orElseThrow(() -> new NotFoundException("No such case"));
    }

    /** The hospital complaint system's export, as the request body: 200 with the counts, or 422 naming each bad row. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCases(InputStream csv, @QueryParam("fileName") @DefaultValue("cases.csv") String fileName) {
        CaseImportResult result = caseImport.run(currentActor.get(), person(), fileName,
                new InputStreamReader(csv, StandardCharsets.UTF_8));
        if (result.accepted()) {
            return Response.ok(result).build();
        }
        return Response.status(422).entity(new ErrorResponse(422, result.summary(),
                result.problems().stream().map(ImportProblem::toString).toList())).build();
    }
}
