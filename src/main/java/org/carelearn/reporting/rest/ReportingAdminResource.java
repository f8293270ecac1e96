package org.carelearn.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.reporting.application.ReadModelUpkeep;
import org.carelearn.reporting.application.Rebuild;

/**
 * /api/admin/reporting/rebuild: writes reporting's read models again from the source data (staff's directory,
 * competency's requirements and evidence) and puts the rebuild in the audit trail. For a read model that missed
 * changes: a write that failed, a database restored from a backup. Answers when the rebuild is done.
 */
@Path("/admin/reporting")
@RolesAllowed(Role.ADMIN_NAME)
public class ReportingAdminResource {

    /** What the rebuild wrote. */
    public record RebuildDto(int people, int competencies, double seconds) {
    }

    @Inject
    private ReadModelUpkeep upkeep;

    @Inject
    private CurrentActor currentActor;

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    public RebuildDto rebuild() {
        Rebuild done = upkeep.rebuild(currentActor.get());
        return new RebuildDto(done.people(), done.competencies(), done.millis() / 1000.0);
    }
}
