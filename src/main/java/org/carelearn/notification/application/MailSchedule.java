package org.carelearn.notification.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.time.HospitalTime;

/**
 * Runs the sender: every five minutes it delivers what waits (first attempts and retries), and once an hour it
 * also claims what became due. Claiming hourly rather than once a day means a server that was down at the usual
 * hour still sends the day's messages, and the claim keys keep them from going twice. On a cluster the schedule
 * runs on the node that holds its lease ({@link JobLeases}); the messages' own leases stay, so that a sender that
 * dies while delivering never has a message sent twice by the next one before its lease on the message ends.
 */
@ApplicationScoped
public class MailSchedule {

    /** The job's name in {@code JOB_LEASE}. */
    public static final String JOB = "mail-sender";
    private static final long EVERY_MINUTES = 5;
    private static final Duration CLAIM_EVERY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private ReminderSender sender;

    @Inject
    private HospitalTime time;

    @Inject
    private JobLeases leases;

    private ScheduledFuture<?> running;
    private Instant lastClaim;

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 50) Startup startup) {
        leases.watch(JOB, null);
        running = executor.scheduleWithFixedDelay(this::tick, 3, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(false);
        }
    }

    void tick() {
        if (!leases.runsHere(JOB)) {
            return;
        }
        Instant now = time.now();
        try {
            if (lastClaim == null || !now.isBefore(lastClaim.plus(CLAIM_EVERY))) {
                sender.claimDue(now);
                lastClaim = now;
            }
            SenderRun run = sender.deliverDue(now);
            if (run.failed() > 0) {
                LOG.warning(run.failed() + " e-mail message(s) could not be sent; each is tried again later"
                        + " (Administration, E-mail shows the SMTP server's answer)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The e-mail sender stopped with an error; it runs again in " + EVERY_MINUTES
                    + " minutes", e);
        }
    }
}
