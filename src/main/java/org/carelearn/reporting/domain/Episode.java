package org.carelearn.reporting.domain;

import java.time.LocalDate;

/**
 * A course required of a person from {@code reachedOn} until {@code endedOn} (exclusive; null while it still is),
 * first due on {@code dueOn} (null: no due date), recurring every {@code recurMonths} after the last completion
 * (null: once).
 */
public record Episode(String courseIri, LocalDate reachedOn, LocalDate dueOn, LocalDate endedOn,
        Integer recurMonths) {

    /** Whether the course was required on that day. */
    public boolean activeOn(LocalDate day) {
        return !reachedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
