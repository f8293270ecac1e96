package org.carelearn.competency.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.carelearn.platform.BusinessRuleException;

/**
 * The one rule that turns a person's evidence for a competency into a standing on a given day. Everything that
 * shows a status (the profile, the manager's grid, reports, expiry reminders) asks it; nothing else decides.
 *
 * <ul>
 * <li>Evidence counts while it is current: from the day it was given for the months the competency stays
 * current. Self-assessments never count on their own; they only show that someone has begun.</li>
 * <li>Competent when current evidence shows the level needed or above; expiring when the last of it lapses
 * within the expiring window (default {@value #DEFAULT_EXPIRING_DAYS} days).</li>
 * <li>Expired when evidence once showed the level needed and none does now; in progress when there is evidence
 * but not enough; not started when there is none.</li>
 * </ul>
 */
public final class StandingRule {

    public static final int DEFAULT_EXPIRING_DAYS = 90;

    /** The showing a status rests on: the latest given (it lasts longest), then the higher level. */
    private static final Comparator<Evidence> BASIS = Comparator.comparing(Evidence::givenOn)
            .thenComparingInt(Evidence::level);

    private final int expiringDays;

    public StandingRule(int expiringDays) {
        if (expiringDays < 0 || expiringDays > 365) {
            throw new BusinessRuleException("The expiring window is 0 to 365 days, not " + expiringDays);
        }
        this.expiringDays = expiringDays;
    }

    public static StandingRule withDefaultWindow() {
        return new StandingRule(DEFAULT_EXPIRING_DAYS);
    }

    public int expiringDays() {
        return expiringDays;
    }

    public Standing standing(Collection<Evidence> evidence, CompetencyNeed need, LocalDate today) {
        int months = need.monthsCurrent();
        Integer levelShown = evidence.stream().filter(e -> e.countsOn(today, months)).map(Evidence::level)
                .max(Integer::compare).orElse(null);
        Optional<Evidence> holding = evidence.stream()
                .filter(e -> e.countsOn(today, months) && e.level() >= need.level()).max(BASIS);
        if (holding.isPresent()) {
            LocalDate lapsesOn = holding.get().lapsesOn(months);
            CompetencyStatus status = ChronoUnit.DAYS.between(today, lapsesOn) <= expiringDays
                    ? CompetencyStatus.EXPIRING : CompetencyStatus.COMPETENT;
            return new Standing(status, levelShown, need.level(), lapsesOn, holding.get());
        }
        Optional<Evidence> lapsed = evidence.stream().filter(e -> e.kind().countsOnItsOwn()
                && e.level() >= need.level() && !e.givenOn().isAfter(today)).max(BASIS);
        if (lapsed.isPresent()) {
            return new Standing(CompetencyStatus.EXPIRED, levelShown, need.level(), lapsed.get().lapsesOn(months),
                    lapsed.get());
        }
        boolean begun = evidence.stream().anyMatch(e -> !e.givenOn().isAfter(today));
        return new Standing(begun ? CompetencyStatus.IN_PROGRESS : CompetencyStatus.NOT_STARTED, levelShown,
                need.level(), null, null);
    }
}
