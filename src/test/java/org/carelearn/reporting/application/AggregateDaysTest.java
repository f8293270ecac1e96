package org.carelearn.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.reporting.domain.ComplianceRule;
import org.carelearn.reporting.domain.Episode;
import org.carelearn.reporting.domain.MonthCount;
import org.carelearn.reporting.domain.PersonTraining;
import org.carelearn.reporting.domain.Placement;
import org.junit.jupiter.api.Test;

/**
 * The days on which the aggregates decide a person again (the day's roll): between one and the next, deciding
 * afresh on any day gives what was decided on the first, so the aggregate written then is still right; and on the
 * day named, it may differ. Checked day by day over years against the rules themselves.
 */
class AggregateDaysTest {

    private static final StandingRule RULE = StandingRule.withDefaultWindow();
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void aStandingStaysAsDecidedUntilTheDayNamedForItsNextChange() {
        // a course at level 2 (24 months), a validation at level 3 a year on, a self-assessment at level 1
        List<Evidence> evidence = List.of(
                new Evidence(EvidenceKind.COURSE_COMPLETION, 2, LocalDate.of(2024, 3, 10), "system", 1),
                new Evidence(EvidenceKind.OBSERVED_VALIDATION, 3, LocalDate.of(2025, 2, 20), "v1", 1),
                new Evidence(EvidenceKind.SELF_ASSESSMENT, 1, LocalDate.of(2024, 1, 15), "me", 1));
        CompetencyNeed need = new CompetencyNeed(2, 24);
        List<CompetencyStatus> seen = new ArrayList<>();
        LocalDate day = START;
        int decisions = 0;
        while (day != null && day.isBefore(LocalDate.of(2028, 1, 1))) {
            CompetencyStatus decided = RULE.standing(evidence, need, day).status();
            seen.add(decided);
            LocalDate next = CoverageStandings.nextChange(evidence, 24, RULE.expiringDays(), day);
            LocalDate until = next == null ? LocalDate.of(2028, 1, 1) : next;
            for (LocalDate d = day; d.isBefore(until); d = d.plusDays(1)) {
                assertEquals(decided, RULE.standing(evidence, need, d).status(), "decided on " + day + ", on " + d);
            }
            day = next;
            decisions++;
        }
        // not started, in progress, competent, expiring, competent (the validation), expiring, expired
        assertEquals(List.of(CompetencyStatus.NOT_STARTED, CompetencyStatus.IN_PROGRESS, CompetencyStatus.COMPETENT),
                seen.subList(0, 3));
        assertEquals(CompetencyStatus.EXPIRED, seen.get(seen.size() - 1));
        assertNull(CoverageStandings.nextChange(evidence, 24, RULE.expiringDays(), LocalDate.of(2027, 3, 1)),
                "after the last lapse nothing changes by time alone");
        assertEquals(true, decisions < 15, "a few decisions, not one a day: " + decisions);
    }

    @Test
    void aMonthsCountStaysAsCountedUntilTheDayNamedForItsNextChange() {
        String cpr = "https://example.org/courses/cpr";
        String empathy = "https://example.org/courses/empathy";
        PersonTraining person = new PersonTraining("E1", List.of(new Placement(LocalDate.of(2023, 6, 1), "ONC", true),
                new Placement(LocalDate.of(2025, 4, 14), "ICU", true)), List.of(
                        new Episode(cpr, LocalDate.of(2024, 2, 3), LocalDate.of(2024, 3, 4), null, 12),
                        new Episode(empathy, LocalDate.of(2024, 5, 9), LocalDate.of(2024, 6, 8),
                                LocalDate.of(2025, 1, 20), null)),
                Map.of(cpr, List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 20)),
                        empathy, List.of(LocalDate.of(2024, 6, 30))));
        int decisions = 0;
        for (LocalDate day = START; day.isBefore(LocalDate.of(2026, 12, 31)); ) {
            YearMonth month = YearMonth.from(day);
            MonthCount counted = count(person, month, day);
            LocalDate next = ComplianceMonths.nextChange(person, day);
            LocalDate until = next == null || next.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth().plusDays(1)
                    : next;
            for (LocalDate d = day; d.isBefore(until); d = d.plusDays(1)) {
                assertEquals(counted, count(person, month, d), "counted on " + day + ", on " + d);
            }
            day = until;
            decisions++;
        }
        assertEquals(true, decisions < 60, "a few decisions, not one a day: " + decisions);
        assertEquals(24, ComplianceMonths.of(person, LocalDate.of(2026, 1, 15)).size(),
                "a month for each of the 24 shown, the person placed throughout");
    }

    private static MonthCount count(PersonTraining person, YearMonth month, LocalDate last) {
        return ComplianceRule.count(person, month.atDay(1), last).map(ComplianceRule.Counted::count)
                .orElse(MonthCount.NONE);
    }
}
