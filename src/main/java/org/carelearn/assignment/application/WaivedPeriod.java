package org.carelearn.assignment.application;

import java.time.LocalDate;

/**
 * A waiver as other contexts' read models copy it: the course was not required of the person from the day the
 * waiver was granted through its last day (its end date, or the day it was ended early), both in the hospital's
 * calendar.
 */
public record WaivedPeriod(long waiverId, String employeeId, String courseIri, LocalDate fromOn,
        LocalDate throughOn) {
}
