package org.carelearn.notification.application;

/**
 * What one run of the sender did.
 *
 * @param claimed messages newly claimed (kept, not sent, when no SMTP server is configured)
 * @param sent messages the SMTP server accepted in this run
 * @param failed attempts that failed in this run (each is retried later, or given up after the last)
 */
public record SenderRun(int claimed, int sent, int failed) {

    SenderRun plus(SenderRun other) {
        return new SenderRun(claimed + other.claimed, sent + other.sent, failed + other.failed);
    }
}
