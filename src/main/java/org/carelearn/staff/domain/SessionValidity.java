package org.carelearn.staff.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the stored account says about the sessions signed in to it, read afresh from the database at each
 * request so that every server of a cluster sees a change made on any of them: a session begun before the
 * account's password last changed, or of an account no longer active, may not go on.
 *
 * @param active            whether the account may sign in at all
 * @param passwordChangedAt when its password was last set (by its owner or as a temporary one), or null
 */
public record SessionValidity(boolean active, Instant passwordChangedAt) {

    /** Why a session that began at {@code since} must end now, or empty if it may go on. */
    public Optional<String> endsSessionBegunAt(Instant since) {
        if (!active) {
            return Optional.of("account deactivated");
        }
        if (passwordChangedAt != null && since.isBefore(passwordChangedAt)) {
            return Optional.of("password changed");
        }
        return Optional.empty();
    }
}
