package org.carelearn.staff.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a signed-in session began and when its person last did something, and so whether it must end now
 * (automatic logoff, HIPAA 45 CFR 164.312(a)(2)(iii)). Kept in the session itself.
 */
public final class SessionClock implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a session ended on its own. */
    public enum Expiry {
        /** Nothing happened for the idle limit. */
        IDLE,
        /** The session reached its absolute limit, however active. */
        ABSOLUTE
    }

    private final Instant signedInAt;
    private volatile Instant lastActivity;

    public SessionClock(Instant signedInAt) {
        this.signedInAt = signedInAt;
        this.lastActivity = signedInAt;
    }

    /** The person did something. Never moves the clock back (requests may finish out of order). */
    public void touch(Instant now) {
        if (now.isAfter(lastActivity)) {
            lastActivity = now;
        }
    }

    /** Whether, and why, the session is over at {@code now}: the absolute limit first, then the idle limit. */
    public Optional<Expiry> expiry(Instant now, Duration idleLimit, Duration absoluteLimit) {
        if (!now.isBefore(signedInAt.plus(absoluteLimit))) {
            return Optional.of(Expiry.ABSOLUTE);
        }
        if (!now.isBefore(lastActivity.plus(idleLimit))) {
            return Optional.of(Expiry.IDLE);
        }
        return Optional.empty();
    }

    /**
     * Time left before the session ends without further activity: the idle limit, or the absolute limit when
     * that comes sooner. Zero when it is over.
     */
    public Duration remaining(Instant now, Duration idleLimit, Duration absoluteLimit) {
        Instant idleEnd = lastActivity.plus(idleLimit);
        Instant absoluteEnd = signedInAt.plus(absoluteLimit);
        Instant end = idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
        Duration left = Duration.between(now, end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public Instant signedInAt() {
        return signedInAt;
    }
}
