package org.carelearn.reporting.application.experience;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One department's result for one measure in one quarter, beside how many of the people who need the measure's
 * competency held it at the quarter's end.
 *
 * @param competency the mapped competency's label, or null when the measure maps to none
 * @param coveredOn the day coverage is taken on: the quarter's last day, or today for the quarter under way
 * @param holding of {@code needing}, how many held the level needed that day (null without a competency)
 * @param needing how many people in the department need the competency (null without a competency)
 */
public record ExperienceRow(String departmentCode, String departmentName, String quarter, String measure,
        BigDecimal topBoxPercent, int surveys, String competency, LocalDate coveredOn, Integer holding,
        Integer needing) {

    /** The share holding it in whole percent, as the coverage matrix rounds it; null when nobody needs it. */
    public Integer coveragePercent() {
        return needing == null || needing == 0 ? null : (int) ((holding * 200L + needing) / (2L * needing));
    }

    /** "64 % (9 of 14)", "nobody here needs it", or "no competency mapped". */
    public String coverageText() {
        if (competency == null) {
            return "no competency mapped";
        }
        return needing == 0 ? "nobody here needs it" : coveragePercent() + " % (" + holding + " of " + needing + ")";
    }
}
