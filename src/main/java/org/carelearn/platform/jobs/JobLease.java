package org.carelearn.platform.jobs;

import java.time.Instant;

/**
 * One job's lease as the database holds it.
 *
 * @param holder the node that holds it: the server's node name, {@code #}, and a number drawn at start-up, so
 *     that a restarted node is a new holder and an old process's lease is never taken for its own
 */
public record JobLease(String job, String holder, Instant acquiredAt, Instant renewedAt, Instant expiresAt) {

    /** The node name part of the holder, for log lines and pages. */
    public String node() {
        int mark = holder.lastIndexOf('#');
        return mark < 0 ? holder : holder.substring(0, mark);
    }

    public boolean isHeldBy(String someone) {
        return holder.equals(someone);
    }

    public boolean isOverAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
