package org.carelearn.reporting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.assignment.application.RequirementsReevaluated;
import org.carelearn.assignment.domain.RequirementWaived;
import org.carelearn.assignment.domain.WaiverRevoked;
import org.carelearn.competency.domain.CompetencyRequirementChanged;
import org.carelearn.competency.domain.EvidenceRecorded;
import org.carelearn.competency.domain.FrameworkPublished;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.AfterCommit;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.reporting.domain.ReadModelsRebuilt;
import org.carelearn.staff.domain.OrganisationChanged;
import org.carelearn.staff.domain.StaffMemberChanged;
import org.carelearn.staff.domain.StaffPlacementChanged;

/**
 * Keeps reporting's read models (coverage, and training history) current from the other contexts' events, each
 * time after the change committed: new evidence and a completion write their person at once; requirements
 * evaluated again write their people in the background; people who joined, moved, left or were renamed (the staff
 * pages, the HR import by the thousand) are gathered and written once the change commits, in the background; a
 * framework published, a requirement changed or a department renamed writes everyone again in the background.
 * {@link #rebuild(Actor)} is the command that writes everything from the source data. One writer at a time on a
 * node, so an older read of someone's facts is never written after a newer one.
 */
@ApplicationScoped
public class ReadModelUpkeep {

    /** People per transaction: a person has a row per competency required and per piece of evidence. */
    public static final int GROUP = 100;
    /** The job's name in {@code JOB_LEASE}: building the read model where it was never built. */
    public static final String JOB = "reporting-read-model-build";
    private static final Object MOVED = ReadModelUpkeep.class.getName() + ".moved";
    private static final Logger LOG = Logger.getLogger(ReadModelUpkeep.class.getName());

    @Inject
    private ReadModels models;

    @Inject
    private TrainingModels training;

    @Inject
    private AfterCommit afterCommit;

    @Inject
    private JobLeases leases;

    @Inject
    private Event<ReadModelsRebuilt> rebuilt;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private final Object writing = new Object();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile boolean stopping;

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded recorded) {
        write(List.of(recorded.employeeId()));
    }

    /** Requirements evaluated again (a rule, a placement, a completion, the round sweep): in the background. */
    void reevaluated(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequirementsReevaluated done) {
        List<String> people = done.employeeIds();
        if (!people.isEmpty()) {
            executor.submit(() -> writeInGroups(people));
        }
    }

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        write(List.of(completed.employeeId()));
    }

    void waived(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequirementWaived waived) {
        write(List.of(waived.employeeId()));
    }

    void waiverEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) WaiverRevoked revoked) {
        write(List.of(revoked.employeeId()));
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) FrameworkPublished published) {
        rebuildSoon();
    }

    void requirementChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompetencyRequirementChanged changed) {
        if (changed.change() == CompetencyRequirementChanged.Change.REQUIREMENT_SET
                || changed.change() == CompetencyRequirementChanged.Change.REQUIREMENT_REMOVED) {
            rebuildSoon();
        }
    }

    void organisationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationChanged changed) {
        rebuildSoon();
    }

    void placementChanged(@Observes StaffPlacementChanged change) {
        gather(change.employeeId());
    }

    void staffChanged(@Observes StaffMemberChanged change) {
        if (change.employeeId() != null) {
            gather(change.employeeId());
        }
    }

    private void gather(String employeeId) {
        afterCommit.gather(MOVED, employeeId, moved -> executor.submit(() -> writeInGroups(moved)));
    }

    /** Builds the read model where it was never built, on the node that holds the job's lease. */
    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 60) Startup startup) {
        leases.watch(JOB, null);
        executor.submit(() -> {
            try {
                if (!leases.runsHere(JOB)) {
                    return;
                }
                if (models.isEmpty()) {
                    writeEverything();
                } else {
                    synchronized (writing) {
                        models.refreshCompetencies();
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not build reporting's read model at start; the rebuild command"
                        + " (POST /api/admin/reporting/rebuild) builds it", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
        synchronized (writing) {
            // the group being written, if any, has committed
        }
    }

    /**
     * Writes the whole read model again from the source data and says so in the audit trail: the documented
     * command (README "Leadership reports") for a read model that missed changes (a failed write, a restore).
     */
    public Rebuild rebuild(Actor actor) {
        Rebuild done = writeEverything();
        rebuilt.fire(new ReadModelsRebuilt(actor, done.people(), done.competencies(), String.format(Locale.ROOT,
                "Rebuilt the coverage read model: %d people and %d competencies in %.1f s", done.people(),
                done.competencies(), done.millis() / 1000.0)));
        return done;
    }

    private Rebuild writeEverything() {
        long start = System.nanoTime();
        int competencies;
        synchronized (writing) {
            competencies = models.refreshCompetencies();
        }
        List<String> everyone = models.everyoneToWrite();
        writeInGroups(everyone);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(String.format(Locale.ROOT, "Wrote reporting's coverage read model of %d people in %.1f s",
                everyone.size(), millis / 1000.0));
        return new Rebuild(everyone.size(), competencies, millis);
    }

    private void rebuildSoon() {
        if (rebuildQueued.compareAndSet(false, true)) {
            executor.submit(() -> {
                rebuildQueued.set(false);
                try {
                    writeEverything();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reporting's read model could not be written again; the rebuild command"
                            + " writes it", e);
                }
            });
        }
    }

    private void writeInGroups(List<String> employeeIds) {
        for (int from = 0; from < employeeIds.size() && !stopping; from += GROUP) {
            write(employeeIds.subList(from, Math.min(employeeIds.size(), from + GROUP)));
        }
    }

    private void write(List<String> group) {
        synchronized (writing) {
            if (stopping) {
                return;
            }
            try {
                try {
                    models.refreshAlone(group);
                    training.refreshAlone(group);
                } catch (RuntimeException first) {
                    models.refreshAlone(group);
                    training.refreshAlone(group);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reporting's rows of " + group.size() + " people from " + group.get(0)
                        + " could not be written; the next change or a rebuild writes them", e);
            }
        }
    }
}
