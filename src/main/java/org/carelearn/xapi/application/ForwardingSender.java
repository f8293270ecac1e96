package org.carelearn.xapi.application;

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
 * The background sender: from start-up, every few seconds, it forwards batches until the backlog is empty
 * or a batch fails (the back-off recorded in the forwarding row then decides when to try again). It runs
 * beside the statement store, never in its way: storing a statement does not wait for it. On a cluster it polls
 * on the node that holds its lease ({@link JobLeases}); the forwarding row's lock still makes each step exclusive.
 */
@ApplicationScoped
public class ForwardingSender {

    /** The job's name in {@code JOB_LEASE}. */
    public static final String JOB = "lrs-forwarding";
    static final long POLL_SECONDS = 3;
    /** Batches per wake-up, so one wake-up cannot run for ever while statements keep arriving. */
    static final int MAX_STEPS = 50;

    private static final Logger LOG = Logger.getLogger(ForwardingSender.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private ForwardingCycle cycle;

    @Inject
    private JobLeases leases;

    private ScheduledFuture<?> polling;

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 10) Startup startup) {
        leases.watch(JOB, null);
        polling = executor.scheduleWithFixedDelay(this::drain, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Sends now rather than at the next wake-up (the row lock keeps it from overlapping a running one); on a node
     * that does not hold the job, the node that does sends within {@link #POLL_SECONDS}.
     */
    public void sendSoon() {
        executor.execute(this::drain);
    }

    void drain() {
        try {
            if (!leases.runsHere(JOB) || !cycle.isDue()) {
                return;
            }
            for (int step = 0; step < MAX_STEPS && leases.runsHere(JOB); step++) {
                if (cycle.step() != ForwardingCycle.Outcome.MORE) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // a failure of our own (the database, say): the cursor did not move; the next wake-up retries
            LOG.log(Level.WARNING, "Statement forwarding could not run", e);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
