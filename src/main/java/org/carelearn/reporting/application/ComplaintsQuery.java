package org.carelearn.reporting.application;

import java.time.YearMonth;

/**
 * What the complaints-against-training page shows: the cases received in the months from {@code from} to
 * {@code until} (both whole months, both inclusive), of one kind or both.
 *
 * @param kind COMPLAINT, GRIEVANCE, or null for both
 */
public record ComplaintsQuery(YearMonth from, YearMonth until, String kind) {
}
