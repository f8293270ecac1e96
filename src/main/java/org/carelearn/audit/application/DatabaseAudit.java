package org.carelearn.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.persistence.DatabaseBackedUp;

/** Puts an admin's backup of the database in the audit trail: a copy of every record left the running server. */
@ApplicationScoped
public class DatabaseAudit {

    @Inject
    private AuditTrail trail;

    void record(@Observes DatabaseBackedUp backup) {
        String folder = backup.folder();
        String name = folder.substring(Math.max(folder.lastIndexOf('/'), folder.lastIndexOf('\\')) + 1);
        trail.record(backup.actor(), AuditAction.DATABASE_BACKED_UP, AuditTarget.databaseBackup(name),
                String.format(Locale.ROOT, "%s, %,d bytes", folder, backup.bytes()));
    }
}
