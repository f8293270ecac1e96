package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carelearn.notification.application.Postbox.Envelope;
import org.carelearn.notification.application.Postbox.Outcome;
import org.carelearn.platform.time.HospitalTime;

/**
 * The sender: claims every message due on the day, then delivers whatever waits for an attempt. It keeps nothing
 * in memory between runs, so a restart, or a second server running it too, changes nothing: the claim and the
 * lease in the database decide who sends what. {@link MailSchedule} runs it; tests and benchmarks call it with
 * the instant they want to be "now".
 */
@ApplicationScoped
public class ReminderSender {

    private static final int BATCH = 200;

    /** A sender that stops mid-batch leaves its messages taken this long, then any sender may try them again. */
    private static final Duration LEASE = Duration.ofMinutes(15);

    @Inject
    private DueMessages dueMessages;

    @Inject
    private Claims claims;

    @Inject
    private Deliveries deliveries;

    @Inject
    private Postbox postbox;

    @Inject
    private HospitalTime time;

    /** Claims what is due on the day {@code now} falls on in the hospital's zone, then delivers. */
    public SenderRun run(Instant now) {
        return new SenderRun(claimDue(now), 0, 0).plus(deliverDue(now));
    }

    /** Claims every message due on the day {@code now} falls on; returns how many were new. */
    public int claimDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, time.getZone());
        return claims.claim(dueMessages.on(today), now);
    }

    /** Attempts every claimed message whose attempt is due by {@code now}; nothing without an SMTP server. */
    public SenderRun deliverDue(Instant now) {
        if (!postbox.configured()) {
            return new SenderRun(0, 0, 0);
        }
        String lease = UUID.randomUUID().toString();
        if (deliveries.take(lease, now, now.plus(LEASE)) == 0) {
            return new SenderRun(0, 0, 0);
        }
        // The ids once, then each batch by its ids: reading "the first 200 still held" each time made the
        // database go through every message still held for every batch (20,000 messages: 100 batches, each
        // reading up to 20,000 rows with their bodies; JFR showed it as a third of the sender's time).
        List<Long> taken = deliveries.taken(lease);
        int sent = 0;
        int failed = 0;
        for (int from = 0; from < taken.size(); from += BATCH) {
            List<Envelope> batch = deliveries.batch(lease, taken.subList(from, Math.min(taken.size(), from + BATCH)));
            if (batch.isEmpty()) {
                continue;
            }
            List<Outcome> outcomes = postbox.send(batch);
            deliveries.record(outcomes, now);
            for (Outcome outcome : outcomes) {
                if (outcome.accepted()) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        return new SenderRun(0, sent, failed);
    }
}
