package org.carelearn.competency.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.competency.domain.CompetencyRequirementChanged;
import org.carelearn.competency.domain.EvidenceRecorded;
import org.carelearn.competency.domain.FrameworkPublished;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.AfterCommit;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;
import org.carelearn.staff.domain.StaffPlacementChanged;

/**
 * Keeps the standings read model current, each time after what changed it committed: a person's place (job role,
 * department, manager, joining or leaving), a framework published, a requirement or course mapping changed (every
 * standing, in the background), and the calendar: every hour, the people whose rows were written before today are
 * written again, so that competent turns to expiring and expiring to expired as days pass. New evidence (from
 * {@link EvidenceLedger}) writes its person's rows as soon as it is committed.
 */
@ApplicationScoped
public class StandingUpkeep {

    /**
     * How many people one transaction writes: a person has a row per competency, and a group that deletes and
     * inserts more than Derby's 5,000 row locks per table (derby.locks.escalationThreshold) takes the whole table,
     * which kept the manager's grid waiting past the lock timeout while a rebuild ran.
     */
    public static final int GROUP = 100;
    private static final Object MOVED = StandingUpkeep.class.getName() + ".moved";
    /** The hourly move-on's job name in the job leases. */
    static final String JOB = "competency-standings-move-on";
    private static final Logger LOG = Logger.getLogger(StandingUpkeep.class.getName());

    @Inject
    private Standings standings;

    @Inject
    private StandingStore store;

    @Inject
    private StaffDirectory directory;

    @Inject
    private HospitalTime time;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private AfterCommit afterCommit;

    @Inject
    private JobLeases leases;

    private final Object writing = new Object();
    private ScheduledFuture<?> daily;
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    /** Counts committed changes to what standings are computed against (frameworks, requirements, mappings). */
    private final AtomicLong basisChanges = new AtomicLong();
    /** Set when the application stops: background writing ends at the next group instead of outliving it. */
    private volatile boolean stopping;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) FrameworkPublished published) {
        basisChanges.incrementAndGet();
        rebuildSoon();
    }

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded recorded) {
        refreshInGroups(List.of(recorded.employeeId()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompetencyRequirementChanged changed) {
        basisChanges.incrementAndGet();
        rebuildSoon();
    }

    /**
     * Queues one rebuild, unless one is already waiting to start: it will see this change too. A batch of changes
     * (the demo framework's 140 requirements and mappings, an admin's series of edits) then makes one or two
     * rebuilds, not one each, which held the standings' rows locked for minutes on a loaded machine.
     */
    private void rebuildSoon() {
        if (rebuildQueued.compareAndSet(false, true)) {
            executor.submit(() -> {
                rebuildQueued.set(false);
                rebuild();
            });
        }
    }

    /**
     * People an HR import moves by the thousand are gathered and written once it commits, in the background: the
     * page or import that moved them does not wait behind a rebuild that holds the writer.
     */
    void placementChanged(@Observes StaffPlacementChanged change) {
        afterCommit.gather(MOVED, change.employeeId(), moved -> executor.submit(() -> refreshInGroups(moved)));
    }

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 50) Startup startup) {
        leases.watch(JOB, null);
        daily = scheduler.scheduleWithFixedDelay(this::scheduledMoveOn, 5, 60, TimeUnit.MINUTES);
        // Asked in the background: a writer of an earlier deployment may still hold the rows, and a deployment
        // must not fail waiting for its lock.
        executor.submit(() -> {
            try {
                if (store.isEmpty()) {
                    rebuildSoon();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell whether the competency standings are empty; the hourly sweep"
                        + " and the next change write them", e);
            }
        });
    }

    /**
     * Stops background writing before the application goes: a rebuild that went on writing after an undeploy
     * left its transaction's locks on the standings behind it, and the next deployment waited on them.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        if (daily != null) {
            daily.cancel(false);
        }
        synchronized (writing) {
            // the group being written, if any, has committed: nothing is left half-written
        }
    }

    /** The hourly move-on runs on one node of a cluster at a time: the one that holds its lease. */
    private void scheduledMoveOn() {
        if (leases.runsHere(JOB)) {
            moveOn();
        }
    }

    /** Writes again the people whose rows were written before today. */
    public void moveOn() {
        try {
            refreshInGroups(store.staleOn(time.today()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The competency standings could not be moved on to today; the next hour tries"
                    + " again", e);
        }
    }

    /**
     * Writes the rows of everyone in active service again, a group at a time, each group reading its people's
     * evidence and standings by the key and writing only the rows that changed (the whole recompute after a
     * framework change is timed by CompetencyBench).
     */
    public void rebuild() {
        long start = System.nanoTime();
        List<String> everyone = directory.activePeople().stream().map(StaffPerson::employeeId).toList();
        refreshInGroups(everyone);
        LOG.info(String.format(Locale.ROOT, "Wrote the competency standings of %d people in %.1f s", everyone.size(),
                (System.nanoTime() - start) / 1e9));
    }

    /**
     * Writes the group (committed before this returns), and once more if that failed. One writer at a time on
     * this node: a background rebuild that read someone's evidence before new evidence committed can then never
     * write its older standing after the newer one, since the writer that follows it reads again.
     */
    private void refreshOnceMore(List<String> group, CurrentBasis basis) {
        synchronized (writing) {
            if (stopping) {
                return;
            }
            try {
                standings.refreshAlone(group, basis.get());
            } catch (RuntimeException first) {
                standings.refreshAlone(group, basis.get());
            }
        }
    }

    private void refreshInGroups(List<String> employeeIds) {
        CurrentBasis basis = new CurrentBasis();
        for (int from = 0; from < employeeIds.size() && !stopping; from += GROUP) {
            List<String> group = employeeIds.subList(from, Math.min(employeeIds.size(), from + GROUP));
            try {
                refreshOnceMore(group, basis);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The competency standings of " + group.size() + " people from " + group.get(0)
                        + " could not be written; the next change or sweep writes them again", e);
            }
        }
    }

    /**
     * The basis groups are computed against, read once for all of them (not 200 times, once a group, in a
     * rebuild of 20,000 people) and again when a change to it has committed
     * since: asked under the writer's lock, so a group is never written against a basis older than the last
     * change that committed before it (a rebuild that change queued may be writing too).
     */
    private final class CurrentBasis {

        private long seen = -1;
        private Standings.Basis basis;

        Standings.Basis get() {
            long now = basisChanges.get();
            if (basis == null || now != seen) {
                seen = now;
                basis = standings.basis();
            }
            return basis;
        }
    }
}
