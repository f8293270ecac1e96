package org.carelearn.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.MoveOn;

/**
 * One AU in one registration, as its statements tell it.
 *
 * @param bestScore the highest scaled score of a passed or failed statement, or null
 * @param satisfiedAt when its moveOn criteria were first met (the statement's timestamp), or null
 * @param opened whether the registration holds any cmi5 defined statement about it (launched first of all)
 * @param attempts its passed and failed statements, oldest first: each one attempt at a scored AU
 */
public record AuStatus(Au au, String activityId, boolean completed, boolean passed, boolean failed, boolean waived,
        BigDecimal bestScore, Instant satisfiedAt, boolean opened, List<Attempt> attempts) {

    public AuStatus {
        attempts = List.copyOf(attempts);
    }

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
        if (failed) {
            return "Not passed yet";
        }
        return opened ? "Not completed" : "Not started";
    }

    public Au getAu() {
        return au;
    }

    public boolean isSatisfied() {
        return satisfied();
    }

    public List<Attempt> getAttempts() {
        return attempts;
    }

    public BigDecimal getBestScore() {
        return bestScore;
    }

    /** The best score as a whole percentage (rounded half up), or null when the AU was never judged. */
    public Integer getScorePercent() {
        return bestScore == null ? null : bestScore.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
