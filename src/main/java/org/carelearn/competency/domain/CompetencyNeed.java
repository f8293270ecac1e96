package org.carelearn.competency.domain;

import org.carelearn.platform.BusinessRuleException;

/**
 * What is asked of a person for one competency: the level their job needs and how many months a showing stays
 * current (24 for most, 12 for grievance handling in the demo framework). A competency that the person's job
 * does not require is still tracked, at the scale's lowest level.
 */
public record CompetencyNeed(int level, int monthsCurrent) {

    public static final int MAX_MONTHS = 120;

    public CompetencyNeed {
        if (level < 1) {
            throw new BusinessRuleException("The level needed is 1 or above, not " + level);
        }
        if (monthsCurrent < 1 || monthsCurrent > MAX_MONTHS) {
            throw new BusinessRuleException("A competency stays current for 1 to " + MAX_MONTHS + " months, not "
                    + monthsCurrent);
        }
    }
}
