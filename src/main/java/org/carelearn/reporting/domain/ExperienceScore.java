package org.carelearn.reporting.domain;

import java.math.BigDecimal;

/**
 * One department's result for one survey measure in one quarter: the top-box share (the percent of respondents who
 * gave the best answer, "Always" or 9-10, as CMS reports HCAHPS) and how many surveys it rests on.
 */
public record ExperienceScore(String departmentCode, Quarter quarter, String measure, BigDecimal topBoxPercent,
        int surveys) {

    /** The key an import matches rows on: the same department, quarter and measure is the same result. */
    public String key() {
        return departmentCode + "|" + quarter + "|" + measure;
    }

    /** Whether the figures are the same (2 and 2.00 are). */
    public boolean sameFiguresAs(ExperienceScore other) {
        return topBoxPercent.compareTo(other.topBoxPercent) == 0 && surveys == other.surveys;
    }
}
