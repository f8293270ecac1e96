package org.carelearn.competency.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/**
 * One piece of evidence that a person holds a competency at a level: what kind, the level, the day it was given
 * (in the hospital's calendar), who gave it, and the version of the framework it was given against, which it
 * keeps when the framework changes.
 */
public record Evidence(EvidenceKind kind, int level, LocalDate givenOn, String givenBy, int frameworkVersion) {

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(givenOn, "givenOn");
        if (level < 1) {
            throw new BusinessRuleException("Evidence is given at level 1 or above, not " + level);
        }
        if (givenBy == null || givenBy.isBlank()) {
            throw new BusinessRuleException("Evidence must say who gave it");
        }
        if (frameworkVersion < 1) {
            throw new BusinessRuleException("Evidence must name the framework version it was given against");
        }
    }

    /** The first day this evidence no longer holds, for a competency that stays current that many months. */
    public LocalDate lapsesOn(int monthsCurrent) {
        return givenOn.plusMonths(monthsCurrent);
    }

    /** Whether it still holds today, and can make its person competent on its own. */
    boolean countsOn(LocalDate today, int monthsCurrent) {
        return kind.countsOnItsOwn() && !givenOn.isAfter(today) && today.isBefore(lapsesOn(monthsCurrent));
    }
}
