package org.carelearn.assignment.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.assignment.domain.RequirementWaived;
import org.carelearn.assignment.domain.WaiverRevoked;
import org.carelearn.learning.domain.EnrolmentProgressed;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.AfterCommit;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;
import org.carelearn.staff.domain.StaffMemberChanged;

/**
 * Keeps the workbench's read model current from what happened, each time after it committed: requirements
 * evaluated again (which every rule change, placement change, completion and the four-hourly round sweep goes
 * through), a waiver granted or ended, an enrolment that progressed in learning, a person's details changed in
 * staff. A failure here changes nothing that happened; the next evaluation of the person (at the latest the round
 * sweep) writes their rows again. A database that has never had the read model gets it built at startup, by the
 * node that holds the job's lease ({@link JobLeases}) when several start at once.
 */
@ApplicationScoped
public class WorkbenchUpkeep {

    /** The job's name in {@code JOB_LEASE}: building the read model where it was never built. */
    public static final String JOB = "workbench-read-model-build";
    private static final Object CHANGED = WorkbenchUpkeep.class.getName() + ".changed";
    private static final Logger LOG = Logger.getLogger(WorkbenchUpkeep.class.getName());

    @Inject
    private Workbench workbench;

    @Inject
    private StaffDirectory directory;

    @Inject
    private JobLeases leases;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private AfterCommit afterCommit;

    private Future<?> building;

    void reevaluated(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequirementsReevaluated done) {
        refresh(done.employeeIds());
    }

    void waived(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequirementWaived waived) {
        refresh(List.of(waived.employeeId()));
    }

    void waiverEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) WaiverRevoked revoked) {
        refresh(List.of(revoked.employeeId()));
    }

    void progressed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentProgressed progressed) {
        refresh(List.of(progressed.employeeId()));
    }

    /**
     * A person's details changed (a new name, say): their rows carry their name. Joining, leaving and moving are
     * placement changes, which reach here as {@link RequirementsReevaluated}. An HR import changes thousands of
     * people in one transaction: they are gathered and written once it commits, a group at a time.
     */
    void staffChanged(@Observes StaffMemberChanged change) {
        if (change.change() == StaffMemberChanged.Change.UPDATED && change.employeeId() != null) {
            afterCommit.gather(CHANGED, change.employeeId(), this::refreshInGroups);
        }
    }

    /** After the demo data and the round sweep's start: builds the read model where it was never built. */
    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 45) Startup startup) {
        leases.watch(JOB, null);
        if (leases.runsHere(JOB) && workbench.isEmpty()) {
            building = executor.submit(this::rebuild);
        }
    }

    @PreDestroy
    void stop() {
        if (building != null) {
            building.cancel(true);
        }
    }

    /** Writes the rows of everyone in active service again, a group at a time, each group in its own transaction. */
    public void rebuild() {
        List<String> everyone = directory.activePeople().stream().map(StaffPerson::employeeId).toList();
        long start = System.nanoTime();
        refreshInGroups(everyone);
        LOG.info(String.format(java.util.Locale.ROOT, "Built the workbench's rows of %d people in %.1f s",
                everyone.size(), (System.nanoTime() - start) / 1e9));
    }

    private void refreshInGroups(List<String> employeeIds) {
        for (int from = 0; from < employeeIds.size(); from += Reassessment.GROUP) {
            refresh(employeeIds.subList(from, Math.min(employeeIds.size(), from + Reassessment.GROUP)));
        }
    }

    private void refresh(Collection<String> employeeIds) {
        try {
            workbench.refreshAlone(employeeIds);
            workbench.written();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The workbench rows of " + employeeIds.size() + " people could not be written;"
                    + " the next evaluation of them writes them again", e);
        }
    }
}
