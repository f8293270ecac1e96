package org.carelearn.notification.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long the sender waits after a failed attempt before the next one: a little at first (an SMTP relay that
 * restarts), then longer (one that is down for the night), then it gives up and the admin's mail log shows the
 * message as failed. Five attempts over about fourteen and a half hours.
 */
public final class RetryPauses {

    private static final List<Duration> PAUSES = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(12));

    private RetryPauses() {
    }

    /** The pause after the given number of failed attempts, or empty when there is to be no further attempt. */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > PAUSES.size()) {
            return Optional.empty();
        }
        return Optional.of(PAUSES.get(failedAttempts - 1));
    }

    /** How many attempts a message gets at most. */
    public static int maxAttempts() {
        return PAUSES.size() + 1;
    }
}
