package org.carelearn.reporting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
import org.carelearn.platform.time.HospitalTime;
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
    private static final long ROLL_EVERY_MINUTES = 30;
    private static final Object MOVED = ReadModelUpkeep.class.getName() + ".moved";
    private static final Logger LOG = Logger.getLogger(ReadModelUpkeep.class.getName());

    @Inject
    private ReadModels models;

    @Inject
    private TrainingModels training;

    @Inject
    private CaseModelUpkeep cases;

    @Inject
    private AfterCommit afterCommit;

    @Inject
    private JobLeases leases;

    @Inject
    private Event<ReadModelsRebuilt> rebuilt;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private HospitalTime time;

    private ScheduledFuture<?> roll;

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
        roll = scheduler.scheduleWithFixedDelay(this::bringUpToToday, ROLL_EVERY_MINUTES, ROLL_EVERY_MINUTES,
                TimeUnit.MINUTES);
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
        if (roll != null) {
            roll.cancel(false);
        }
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
        int caseCount = cases.writeAll();
        rebuilt.fire(new ReadModelsRebuilt(actor, done.people(), done.competencies(), String.format(Locale.ROOT,
                "Rebuilt the coverage read model: %d people and %d competencies in %.1f s; %d cases", done.people(),
                done.competencies(), done.millis() / 1000.0, caseCount)));
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
        synchronized (writing) {
            if (stopping) {
                // undeploy or shutdown cut the groups short: not everyone was written, so nothing is recounted or
                // marked current (and the datasource is going away under this thread)
                throw new IllegalStateException("CareLearn is stopping: reporting's read model was written for only"
                        + " some people; the next change or the rebuild command writes the rest");
            }
            // everyone was written for today; counting the aggregates again from what each person's rows say mends
            // any drift (a write lost, a second node's)
            LocalDate today = time.today();
            models.recount();
            training.recount();
            models.broughtUpTo(CoverageStore.COVERAGE, today);
            models.broughtUpTo(CoverageStore.COMPLIANCE, today);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(String.format(Locale.ROOT, "Wrote reporting's coverage read model of %d people in %.1f s",
                everyone.size(), millis / 1000.0));
        return new Rebuild(everyone.size(), competencies, millis);
    }

    /**
     * Brings the coverage and compliance aggregates up to today where they were brought up to an earlier day: the
     * people whose standing or current month time alone may have moved since (everyone, for compliance in a new
     * month) are counted again from reporting's own rows. On the node that holds
     * the job's lease (so two nodes never move the same counts twice), every {@value #ROLL_EVERY_MINUTES} minutes and
     * before the matrix of a new day is read.
     */
    public void bringUpToToday() {
        LocalDate today = time.today();
        if (!stale(CoverageStore.COVERAGE, today) && !stale(CoverageStore.COMPLIANCE, today)
                || !leases.runsHere(JOB)) {
            return;
        }
        try {
            synchronized (writing) {
                for (String aggregate : List.of(CoverageStore.COVERAGE, CoverageStore.COMPLIANCE)) {
                    Optional<LocalDate> asOf = models.asOf(aggregate);
                    if (asOf.isEmpty() || !asOf.get().isBefore(today) || stopping) {
                        continue;
                    }
                    long start = System.nanoTime();
                    boolean coverage = aggregate.equals(CoverageStore.COVERAGE);
                    List<String> people = coverage ? models.changingBy(today)
                            : training.changingBy(today, !YearMonth.from(asOf.get()).equals(YearMonth.from(today)));
                    for (int from = 0; from < people.size() && !stopping; from += GROUP) {
                        List<String> group = people.subList(from, Math.min(people.size(), from + GROUP));
                        if (coverage) {
                            models.restateAlone(group, today);
                        } else {
                            training.restateAlone(group, today);
                        }
                    }
                    if (!stopping) {
                        models.broughtUpTo(aggregate, today);
                        LOG.info(String.format(Locale.ROOT, "Brought reporting's %s up to %s: %d people counted"
                                + " again in %.1f s", aggregate, today, people.size(),
                                (System.nanoTime() - start) / 1e9));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reporting's aggregates could not be brought up to " + today + "; tried again in "
                    + ROLL_EVERY_MINUTES + " minutes", e);
        }
    }

    private boolean stale(String aggregate, LocalDate today) {
        return models.asOf(aggregate).map(day -> day.isBefore(today)).orElse(false);
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
