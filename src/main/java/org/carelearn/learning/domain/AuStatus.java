package org.carelearn.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.MoveOn;

/**
 * One AU in one registration, as its statements tell it.
 *
 * @param bestScore the highest scaled score of a passed or failed statement, or null
 * @param satisfiedAt when its moveOn criteria were first met (the statement's timestamp), or null
 */
public record AuStatus(Au au, String activityId, boolean completed, boolean passed, boolean failed, boolean waived,
        BigDecimal bestScore, Instant satisfiedAt) {

    /** Whether the AU's moveOn criteria are met (cmi5 13.1.4; a waived AU always is, 9.3.9). */
    public boolean satisfied() {
        if (waived) {
            return true;
        }
        MoveOn moveOn = au.moveOn();
        return switch (moveOn) {
            case NOT_APPLICABLE -> true;
            case PASSED -> passed;
            case COMPLETED -> completed;
            case COMPLETED_AND_PASSED -> completed && passed;
            case COMPLETED_OR_PASSED -> completed || passed;
        };
    }

    /** For people: "Passed", "Completed", "Not passed yet", "Waived", "Not started". */
    public String getLabel() {
        if (waived) {
            return "Waived";
        }
        if (passed) {
            return completed ? "Completed and passed" : "Passed";
        }
        if (completed) {
            return au.moveOn() == MoveOn.COMPLETED_AND_PASSED ? "Completed, not passed yet" : "Completed";
        }
        return failed ? "Not passed yet" : "Not completed";
    }

    public Au getAu() {
        return au;
    }

    public boolean isSatisfied() {
        return satisfied();
    }

    public BigDecimal getBestScore() {
        return bestScore;
    }

    /** The best score as a whole percentage (rounded half up), or null when the AU was never judged. */
    public Integer getScorePercent() {
        return bestScore == null ? null : bestScore.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
