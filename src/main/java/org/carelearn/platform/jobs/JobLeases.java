package org.carelearn.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.persistence.SchemaMigrations;

/**
 * Decides which node runs each background job: a lease row in the database ({@code JOB_LEASE}, schema V018), held
 * by one node, renewed by it every {@link #RENEW_EVERY} for {@link #LENGTH}, taken over by another node once it
 * ended. Every node schedules every job; a job's run goes ahead only where {@link #runsHere} says so.
 *
 * <p>Why a lease in the database rather than WildFly's singleton service: the database is the one thing every
 * node already shares and the jobs already need (a node that cannot reach it cannot do a job's work anyway), it
 * works the same on the standalone topology (Derby, one node, no {@code ha} profile) and on a cluster
 * (PostgreSQL), and the mail sender already claims its messages with leases there. WildFly's singleton
 * deployment would make the whole WAR run on one node, and its singleton service API is WildFly's own, needs the
 * {@code ha} profile and cannot be tested on the standalone server the tests use.
 *
 * <p>The renewal runs on a thread of its own (from the container's thread factory), so a long job cannot delay
 * it, and a long job asks {@link #runsHere} again between its units of work, so it stops where a lost lease would
 * let another node begin. Nodes compare their own clocks with the lease's end: keep them synchronised (NTP);
 * a skew well under {@link #LENGTH} changes nothing. A node stopped cleanly gives its leases up at once; a node
 * that dies holds them until they end, so another node takes its jobs within {@code LENGTH + RENEW_EVERY}.
 */
@ApplicationScoped
public class JobLeases {

    /** How long a claim or renewal holds a job. */
    public static final Duration LENGTH = Duration.ofSeconds(60);
    /** How often the holder renews (and other nodes try to take an ended lease). */
    public static final Duration RENEW_EVERY = Duration.ofSeconds(15);
    /** A job stops running here this long before the lease would end unrenewed, whatever the clocks say. */
    static final Duration MARGIN = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @Inject
    private JobLeaseStore store;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    /** This server as a holder: its node name and a number drawn at start-up. */
    private final String holder = nodeName() + "#" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    /** The jobs this node schedules, with what to do at once when it takes one over from another node. */
    private final Map<String, Runnable> watched = new ConcurrentHashMap<>();
    /** Until when this node holds each job it holds, as its last claim left it. */
    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();

    private ScheduledExecutorService renewing;

    /** The server's node name ({@code jboss.node.name}, which WildFly sets; the host name by default). */
    public static String nodeName() {
        String name = System.getProperty("jboss.node.name");
        return name == null || name.isBlank() ? "unnamed-node" : name;
    }

    public String holder() {
        return holder;
    }

    /** Right after the schema exists, before any job starts: the renewal thread. */
    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 5) Startup startup) {
        renewing = Executors.newSingleThreadScheduledExecutor(threads);
        renewing.scheduleWithFixedDelay(this::renewAll, RENEW_EVERY.toSeconds(), RENEW_EVERY.toSeconds(),
                TimeUnit.SECONDS);
        LOG.info(() -> "Background jobs on node " + nodeName() + " run under leases held as " + holder);
    }

    /**
     * Schedules {@code job} on this node: claims its lease now and renews it from then on.
     *
     * @param onTakeover run (in the background) when this node takes the job over from another one, so that
     *     work the dead node left is caught up now rather than at the next scheduled run; may be null
     */
    public void watch(String job, Runnable onTakeover) {
        watched.put(job, onTakeover == null ? () -> { } : onTakeover);
        renew(job);
    }

    /** Whether this node holds {@code job} now and a run of it may go ahead here. */
    public boolean runsHere(String job) {
        Instant until = heldUntil.get(job);
        return until != null && Instant.now().isBefore(until.minus(MARGIN));
    }

    /**
     * One claim of {@code job}'s lease for {@code claimant} at {@code now}: renewed if it holds it, taken if it
     * ended or was never made, refused while another holder's lease runs.
     */
    public Claim claim(String job, String claimant, Instant now, Duration length) {
        Instant until = now.plus(length);
        Optional<JobLease> before = store.find(job);
        if (before.isEmpty()) {
            try {
                store.create(job, claimant, now, until);
                return new Claim(true, null, until);
            } catch (RuntimeException madeMeanwhile) {
                return new Claim(false, store.find(job).orElse(null), until);
            }
        }
        boolean held = store.extend(job, claimant, now, until);
        return new Claim(held, held ? before.get() : store.find(job).orElse(before.get()), until);
    }

    private void renewAll() {
        watched.keySet().forEach(this::renew);
    }

    private void renew(String job) {
        Instant now = Instant.now();
        Claim claim;
        try {
            claim = claim(job, holder, now, LENGTH);
        } catch (RuntimeException e) {
            // the database is out of reach: the job stops here when its lease would end, as it may elsewhere
            LOG.log(Level.WARNING, "The lease of job " + job + " could not be renewed on node " + nodeName(), e);
            return;
        }
        boolean heldBefore = heldUntil.containsKey(job);
        if (claim.held()) {
            heldUntil.put(job, claim.until());
            if (claim.tookOverFrom(holder)) {
                JobLease previous = claim.previous();
                LOG.info(() -> "Node " + nodeName() + " took over job " + job + " from node " + previous.node()
                        + " (" + previous.holder() + ", whose lease ended " + previous.expiresAt() + ")");
                executor.execute(watched.get(job));
            } else if (!heldBefore) {
                LOG.info(() -> "Node " + nodeName() + " runs job " + job);
            }
        } else {
            heldUntil.remove(job);
            if (heldBefore) {
                LOG.warning(() -> "Node " + nodeName() + " no longer runs job " + job + ": "
                        + (claim.previous() == null ? "its lease was taken" : "node " + claim.previous().node()
                        + " holds it"));
            }
        }
    }

    /** A clean stop hands the jobs over at once rather than after their leases end. */
    @PreDestroy
    void stop() {
        if (renewing != null) {
            renewing.shutdownNow();
        }
        for (String job : heldUntil.keySet()) {
            try {
                store.release(job, holder, Instant.now());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Job " + job + " is handed over when its lease ends", e);
            }
        }
        heldUntil.clear();
    }

    /**
     * The outcome of one claim.
     *
     * @param held whether the claimant holds the lease now (until {@code until})
     * @param previous the lease as it was before a successful claim, or as another holder keeps it after a
     *     refused one; null when the job had no lease yet
     */
    public record Claim(boolean held, JobLease previous, Instant until) {

        /** Whether the claim took the job from another holder (whose lease had ended). */
        public boolean tookOverFrom(String claimant) {
            return held && previous != null && !previous.isHeldBy(claimant);
        }
    }
}
