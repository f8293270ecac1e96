package org.carelearn.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.staff.application.hrfeed.RowProblem;

/**
 * /api/admin/hr-import: the HR feed for scheduled jobs. The CSV is the request body; the answer comes
 * when the import is done: 200 with the counts, or 422 with every bad row and nothing imported.
 */
@Path("/admin/hr-import")
@RolesAllowed(Role.ADMIN_NAME)
public class HrImportResource {

    @Inject
    private HrFeedImport hrFeedImport;

    @Inject
    private CurrentActor currentActor;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(InputStream csv, @QueryParam("fileName") @DefaultValue("hr-feed.csv") String fileName) {
        ImportResult result = hrFeedImport.run(currentActor.get(), fileName, new InputStreamReader(csv, StandardCharsets.UTF_8),
                ImportProgress.NONE);
        if (result.accepted()) {
            return Response.ok(result).build();
        }
        return Response.status(422).entity(new ErrorResponse(422, result.summary(),
                result.problems().stream().map(RowProblem::toString).toList())).build();
    }
}
