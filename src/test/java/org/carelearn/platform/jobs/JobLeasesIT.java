package org.carelearn.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.carelearn.assignment.application.RoundSweep;
import org.carelearn.assignment.application.WorkbenchUpkeep;
import org.carelearn.learning.application.SessionSweep;
import org.carelearn.notification.application.MailSchedule;
import org.carelearn.platform.jobs.JobLeases.Claim;
import org.carelearn.testing.Deployments;
import org.carelearn.xapi.application.ForwardingSender;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes competing for a job's lease in the real database (the claims two servers of a cluster make, here
 * made by two claimant names from one server): one wins, the other is refused while the lease runs, and takes
 * the job over once the holder stopped renewing and its lease ended. Each test uses a job name of its own.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeasesIT {

    private static final Duration LENGTH = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    JobLeases leases;

    @Inject
    JobLeaseStore store;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private static String job() {
        return "it-job-" + UUID.randomUUID();
    }

    private static Instant t0() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void theFirstClaimantHoldsTheJobAndTheSecondIsRefusedWhileTheLeaseRuns() {
        String job = job();
        Instant t0 = t0();
        Claim a = leases.claim(job, "node-a#1", t0, LENGTH);
        Claim b = leases.claim(job, "node-b#2", t0.plusSeconds(1), LENGTH);

        assertTrue(a.held());
        assertNull(a.previous(), "a job nobody ran before has no previous holder");
        assertFalse(b.held());
        assertEquals("node-a#1", b.previous().holder(), "the refusal names who holds the job");
        assertEquals("node-a", b.previous().node());
        assertEquals(t0.plus(LENGTH), store.find(job).orElseThrow().expiresAt());
    }

    @Test
    void theHolderRenewsAndWhenItStopsTheOtherNodeTakesTheJobOverOnceTheLeaseEnded() {
        String job = job();
        Instant t0 = t0();
        assertTrue(leases.claim(job, "node-a#1", t0, LENGTH).held());
        assertTrue(leases.claim(job, "node-a#1", t0.plusSeconds(30), LENGTH).held(), "the holder renews");

        // the first lease would have ended at t0 + 60 s; the renewal holds the job until t0 + 90 s
        assertFalse(leases.claim(job, "node-b#2", t0.plusSeconds(75), LENGTH).held());
        assertFalse(leases.claim(job, "node-b#2", t0.plusSeconds(89), LENGTH).held());

        // node A died after its renewal: at t0 + 90 s its lease is over and node B takes the job
        Claim takeover = leases.claim(job, "node-b#2", t0.plusSeconds(90), LENGTH);
        assertTrue(takeover.held());
        assertTrue(takeover.tookOverFrom("node-b#2"));
        assertEquals("node-a#1", takeover.previous().holder());
        JobLease now = store.find(job).orElseThrow();
        assertEquals("node-b#2", now.holder());
        assertEquals(t0.plusSeconds(90), now.acquiredAt());
        assertEquals(t0.plusSeconds(150), now.expiresAt());

        // node A coming back (or a stale claim of it) finds the job taken
        Claim late = leases.claim(job, "node-a#1", t0.plusSeconds(91), LENGTH);
        assertFalse(late.held());
        assertEquals("node-b#2", late.previous().holder());
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        String job = job();
        Instant t0 = t0();
        assertTrue(leases.claim(job, "node-a#1", t0, LENGTH).held());
        assertTrue(store.release(job, "node-a#1", t0.plusSeconds(5)));
        Claim b = leases.claim(job, "node-b#2", t0.plusSeconds(6), LENGTH);
        assertTrue(b.held());
        assertTrue(b.tookOverFrom("node-b#2"));
    }

    /** Sixteen claims at once, half from each node, on a job nobody holds yet and then on an ended lease. */
    @Test
    void claimsAtTheSameMomentLeaveExactlyOneHolder() throws Exception {
        String job = job();
        Instant t0 = t0();
        assertEquals(1, race(job, t0).size(), "claims of a job never made before");
        String first = store.find(job).orElseThrow().holder();
        List<String> winners = race(job, t0.plus(LENGTH));
        assertEquals(1, winners.size(), "claims of an ended lease: " + winners);
        assertEquals(winners.get(0), store.find(job).orElseThrow().holder());
        // the holder of the ended lease may renew it, and may lose it: whichever, one node holds the job
        assertTrue(List.of("node-a#1", "node-b#2").contains(first));
    }

    private List<String> race(String job, Instant at) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Claim>> claims = new ArrayList<>();
        List<String> claimants = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String claimant = i % 2 == 0 ? "node-a#1" : "node-b#2";
            claimants.add(claimant);
            claims.add(executor.submit(() -> {
                start.await();
                return leases.claim(job, claimant, at, LENGTH);
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).get(60, TimeUnit.SECONDS).held() && !winners.contains(claimants.get(i))) {
                winners.add(claimants.get(i));
            }
        }
        return winners;
    }

    /**
     * The one server of the test run holds every job. An earlier deployment on the same server gave its leases up
     * when it was undeployed; had it not, this one takes them over within a lease and a renewal, so that is how
     * long the test waits at most.
     */
    @Test
    void thisServerHoldsEveryScheduledJobAndRenewsIt() throws InterruptedException {
        List<String> jobs = List.of(SessionSweep.JOB, ForwardingSender.JOB, MailSchedule.JOB, RoundSweep.JOB,
                WorkbenchUpkeep.JOB);
        Instant deadline = Instant.now().plus(JobLeases.LENGTH).plus(JobLeases.RENEW_EVERY).plusSeconds(5);
        while (!jobs.stream().allMatch(leases::runsHere) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        for (String job : jobs) {
            JobLease lease = store.find(job).orElseThrow(() -> new AssertionError("no lease row for " + job));
            assertEquals(leases.holder(), lease.holder(), job);
            assertEquals(JobLeases.nodeName(), lease.node(), job);
            assertTrue(lease.expiresAt().isAfter(Instant.now()), job + " lease ended " + lease.expiresAt());
            assertTrue(leases.runsHere(job), job);
        }
    }
}
