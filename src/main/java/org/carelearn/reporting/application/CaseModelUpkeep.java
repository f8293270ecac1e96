package org.carelearn.reporting.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.casework.domain.CaseImported;
import org.carelearn.casework.domain.CaseRecorded;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.SchemaMigrations;

/**
 * Keeps reporting's cases current from casework's events, after the change commits: a case recorded or changed
 * (intake, a step, a new owner) is written at once; an accepted import (thousands of cases, no ids in its event)
 * writes every case again in the background; a database that never had the read model gets it at start, on the
 * node holding reporting's job lease. One writer at a time, so an older read is never written after a newer one.
 */
@ApplicationScoped
public class CaseModelUpkeep {

    private static final Logger LOG = Logger.getLogger(CaseModelUpkeep.class.getName());

    @Inject
    private CaseModels models;

    @Inject
    private JobLeases leases;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private final Object writing = new Object();
    private final AtomicBoolean allQueued = new AtomicBoolean();

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRecorded recorded) {
        synchronized (writing) {
            try {
                models.refreshAlone(List.of(recorded.caseId()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reporting's row of case " + recorded.caseId() + " could not be written; the"
                        + " rebuild command writes it", e);
            }
        }
    }

    void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseImported imported) {
        if (imported.accepted()) {
            writeAllSoon();
        }
    }

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 61) Startup startup) {
        executor.submit(() -> {
            try {
                if (leases.runsHere(ReadModelUpkeep.JOB) && models.isEmpty()) {
                    writeAll();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not build reporting's cases at start; the rebuild command"
                        + " (POST /api/admin/reporting/rebuild) builds them", e);
            }
        });
    }

    /** Writes every case again now; the number written. Part of the rebuild command. */
    public int writeAll() {
        synchronized (writing) {
            return models.refreshAll();
        }
    }

    private void writeAllSoon() {
        if (allQueued.compareAndSet(false, true)) {
            executor.submit(() -> {
                allQueued.set(false);
                try {
                    writeAll();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reporting's cases could not be written again; the rebuild command"
                            + " writes them", e);
                }
            });
        }
    }
}
