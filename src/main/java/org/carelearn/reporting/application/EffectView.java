package org.carelearn.reporting.application;

import java.util.List;
import org.carelearn.reporting.domain.Tally;
import org.carelearn.reporting.domain.TrainingEffect;
import java.time.YearMonth;

/**
 * The training effect for one department, category and competency, with the month-by-month history it comes from:
 * coverage at each month's end and the cases received in the month, oldest first.
 */
public record EffectView(String departmentCode, String departmentName, String categoryCode, String categoryName,
        ReportCompetency competency, List<ReportCompetency> mapped, int thresholdPercent, int months,
        List<Month> history, TrainingEffect effect) {

    /**
     * One month: coverage at its end (null before the history of coverage starts), the cases received in it and
     * which period it belongs to.
     */
    public record Month(YearMonth month, Tally coverage, int cases, Period period) {
    }

    /** Where a month stands in the comparison. */
    public enum Period {
        BEFORE("Before"), PASSED("Month it passed (in neither)"), AFTER("After"), OUTSIDE("");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }
}
