package org.carelearn.learning.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.SchemaMigrations;

/**
 * Every quarter of an hour, abandons AU sessions that were launched long ago and never terminated (the
 * learner closed the browser or lost the connection), so their abandoned statement is recorded even if
 * the learner never comes back (cmi5 9.3.6), and re-evaluates the enrolments whose re-evaluation after an AU's
 * statements was left behind by a crash ({@link Reevaluations}). On a cluster it runs on the node that holds its lease
 * ({@link JobLeases}); a node that takes it over from a dead one sweeps at once.
 */
@ApplicationScoped
public class SessionSweep {

    /** The job's name in {@code JOB_LEASE}. */
    public static final String JOB = "cmi5-session-sweep";
    private static final long EVERY_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(SessionSweep.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private Launches launches;

    @Inject
    private Reevaluations reevaluations;

    @Inject
    private JobLeases leases;

    private ScheduledFuture<?> sweeping;

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 30) Startup startup) {
        leases.watch(JOB, this::sweep);
        sweeping = executor.scheduleWithFixedDelay(this::sweep, 1, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    void sweep() {
        if (!leases.runsHere(JOB)) {
            return;
        }
        try {
            int abandoned = launches.abandonForgottenSessions();
            if (abandoned > 0) {
                LOG.info(() -> "Abandoned " + abandoned + " AU sessions left open");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Open AU sessions could not be swept; the next run tries again", e);
        }
        int reevaluated = reevaluations.catchUp();
        if (reevaluated > 0) {
            LOG.info(() -> "Re-evaluated " + reevaluated + " enrolments whose AU statements were stored without it");
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}
