package org.carelearn.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carelearn.platform.persistence.DatabaseBackup;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.time.HospitalTime;

/**
 * /api/admin/database-backups: an online backup of the embedded Derby database, for an admin or a nightly job
 * (curl with an admin's session). 201 with the backup's folder when done; 400 on PostgreSQL, which pg_dump backs up.
 */
@Path("/admin/database-backups")
@RolesAllowed(Role.ADMIN_NAME)
public class DatabaseBackupResource {

    @Inject
    private DatabaseBackup backup;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private HospitalTime time;

    /** The answer: the backup's folder, the database folder in it (what a restore copies back), its size. */
    public record BackupDto(String folder, String database, long bytes, double seconds) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response backUp() {
        DatabaseBackup.Backup done = backup.backUp(time.now());
        backup.announce(currentActor.get(), done);
        return Response.status(Response.Status.CREATED).entity(new BackupDto(done.folder().toString(),
                done.database().toString(), done.bytes(), done.took().toMillis() / 1000.0)).build();
    }
}
