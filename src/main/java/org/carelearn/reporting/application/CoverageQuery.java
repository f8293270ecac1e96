package org.carelearn.reporting.application;

import java.time.LocalDate;

/**
 * What the coverage matrix shows: the people of one job role (null: every job role) as they stood on a day.
 *
 * @param on the day the standings are decided on; null means today
 */
public record CoverageQuery(String jobRoleCode, LocalDate on) {

    public static CoverageQuery today() {
        return new CoverageQuery(null, null);
    }
}
