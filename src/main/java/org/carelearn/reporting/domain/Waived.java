package org.carelearn.reporting.domain;

import java.time.LocalDate;

/** A course waived for a person from {@code fromOn} through {@code throughOn}, both inclusive. */
public record Waived(String courseIri, LocalDate fromOn, LocalDate throughOn) {

    /** Whether the waiver covered that day. */
    public boolean covers(LocalDate day) {
        return !fromOn.isAfter(day) && !throughOn.isBefore(day);
    }
}
