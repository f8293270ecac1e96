package org.carelearn.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.carelearn.platform.jobs.JobLeases.Claim;
import org.junit.jupiter.api.Test;

class JobLeaseTest {

    private static final Instant T0 = Instant.parse("2026-12-03T06:00:00Z");

    private final JobLease lease = new JobLease("cmi5-session-sweep", "node-a#5f1c2e9a", T0, T0.plusSeconds(15),
            T0.plusSeconds(75));

    @Test
    void theNodeIsTheHolderWithoutTheNumberDrawnAtStart() {
        assertEquals("node-a", lease.node());
        assertEquals("node-a", new JobLease("j", "node-a", T0, T0, T0).node());
        assertEquals("host#1", new JobLease("j", "host#1#2", T0, T0, T0).node(), "only the last mark separates");
    }

    @Test
    void aLeaseIsOverFromTheMomentItExpires() {
        assertFalse(lease.isOverAt(T0.plusSeconds(74)));
        assertTrue(lease.isOverAt(T0.plusSeconds(75)));
    }

    @Test
    void aClaimTookTheJobOverOnlyWhenItWonFromSomeoneElse() {
        assertTrue(new Claim(true, lease, T0).tookOverFrom("node-b#00000001"));
        assertFalse(new Claim(true, lease, T0).tookOverFrom("node-a#5f1c2e9a"), "a renewal");
        assertFalse(new Claim(true, null, T0).tookOverFrom("node-b#00000001"), "the first lease of the job");
        assertFalse(new Claim(false, lease, T0).tookOverFrom("node-b#00000001"), "refused");
    }
}
