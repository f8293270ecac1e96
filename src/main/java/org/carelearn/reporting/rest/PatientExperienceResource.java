package org.carelearn.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.reporting.application.experience.ScoreImport;
import org.carelearn.reporting.application.experience.ScoreImportResult;
import org.carelearn.reporting.domain.LineProblem;

/**
 * /api/leadership/patient-experience: quarterly patient experience results (HCAHPS and other surveys) as CSV in
 * the request body, for a scheduled job that takes the survey vendor's file. 200 with the counts, or 422 with
 * every bad line and nothing imported.
 */
@Path("/leadership/patient-experience")
@RolesAllowed(Role.LEADERSHIP_NAME)
public class PatientExperienceResource {

    /** What an accepted import did. */
    public record ImportDto(String fileName, int lines, int added, int updated, int unchanged, String summary) {
    }

    @Inject
    private ScoreImport scoreImport;

    @Inject
    private CurrentActor currentActor;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(InputStream csv,
            @QueryParam("fileName") @DefaultValue("patient-experience.csv") String fileName) {
        ScoreImportResult result = scoreImport.run(currentActor.get(), fileName,
                new InputStreamReader(csv, StandardCharsets.UTF_8));
        if (result.accepted()) {
            return Response.ok(new ImportDto(result.fileName(), result.lines(), result.added(), result.updated(),
                    result.unchanged(), result.summary())).build();
        }
        return Response.status(422).entity(new ErrorResponse(422, result.summary(),
                result.problems().stream().map(LineProblem::toString).toList())).build();
    }
}
