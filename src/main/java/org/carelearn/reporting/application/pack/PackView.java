package org.carelearn.reporting.application.pack;

import java.time.Instant;
import org.carelearn.reporting.domain.PackStatus;

/**
 * A survey-ready pack as the page lists it.
 *
 * @param expiresAt when a ready pack is deleted (a day after it was built); null before
 */
public record PackView(String id, String title, String requestedBy, Instant requestedAt, PackStatus status,
        int peopleDone, int peopleTotal, Instant finishedAt, Instant expiresAt, String failure)
        implements java.io.Serializable {

    /** Progress in whole percent, for the progress bar. */
    public int percent() {
        return peopleTotal == 0 ? (status == PackStatus.READY ? 100 : 0) : peopleDone * 100 / peopleTotal;
    }

    public boolean isReady() {
        return status == PackStatus.READY;
    }

    public boolean isUnderWay() {
        return status == PackStatus.WAITING || status == PackStatus.BUILDING;
    }
}
