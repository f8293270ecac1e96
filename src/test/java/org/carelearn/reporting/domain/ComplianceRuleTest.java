package org.carelearn.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceRuleTest {

    private static final String CPR = "https://example.org/courses/cpr";
    private static final String EMPATHY = "https://example.org/courses/empathy";
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Test
    void aCourseRequiredAtTheMonthsEndAndCompletedByThenCounts() {
        // required from Jan 10, due Mar 15, completed Mar 12: at Mar 31, 1 required, 1 completed, 1 due, 1 on time
        PersonTraining p = person(List.of(new Placement(LocalDate.of(2025, 1, 1), "ONC", true)),
                List.of(new Episode(CPR, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 15), null, null)),
                Map.of(CPR, List.of(LocalDate.of(2026, 3, 12))));

        assertEquals(new MonthCount(1, 1, 1, 1), ComplianceRule.count(p, MARCH_1, MARCH_31).orElseThrow().count());
        // at Feb 28 it was required, not completed, and nothing fell due in February
        assertEquals(new MonthCount(1, 0, 0, 0), ComplianceRule.count(p, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)).orElseThrow().count());
    }

    @Test
    void aLateCompletionIsCompletedButNotOnTime() {
        // due Mar 15, completed Mar 20: completed by Mar 31, the round that fell due on Mar 15 not on time
        PersonTraining p = person(List.of(new Placement(LocalDate.of(2025, 1, 1), "ONC", true)),
                List.of(new Episode(CPR, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 15), null, null)),
                Map.of(CPR, List.of(LocalDate.of(2026, 3, 20))));

        assertEquals(new MonthCount(1, 1, 1, 0), ComplianceRule.count(p, MARCH_1, MARCH_31).orElseThrow().count());
    }

    @Test
    void aRecurringCourseLapsesAndFallsDueAgainItsMonthsAfterTheCompletion() {
        // every 12 months; completed 2025-03-10: next round due 2026-03-10, not done; at Mar 31 the completion is
        // 12 months and 21 days old (lapsed on Mar 10): required 1, completed 0, due 1 (Mar 10), on time 0
        PersonTraining p = person(List.of(new Placement(LocalDate.of(2024, 1, 1), "ONC", true)),
                List.of(new Episode(CPR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null, 12)),
                Map.of(CPR, List.of(LocalDate.of(2025, 3, 10))));

        assertEquals(new MonthCount(1, 0, 1, 0), ComplianceRule.count(p, MARCH_1, MARCH_31).orElseThrow().count());
        // in March 2025 the first round (due Mar 31) was done on time on Mar 10
        assertEquals(new MonthCount(1, 1, 1, 1), ComplianceRule.count(p, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)).orElseThrow().count());
    }

    @Test
    void twoRulesForOneCourseAreOneRequirementAndAnEndedOneNone() {
        // two rules require CPR (one ended Feb 1, one still on), a third required EMPATHY until Mar 31 (ended that
        // day: not required at its end); no due dates
        PersonTraining p = person(List.of(new Placement(LocalDate.of(2025, 1, 1), "ONC", true)),
                List.of(new Episode(CPR, LocalDate.of(2025, 6, 1), null, LocalDate.of(2026, 2, 1), null),
                        new Episode(CPR, LocalDate.of(2025, 9, 1), null, null, null),
                        new Episode(EMPATHY, LocalDate.of(2025, 6, 1), null, MARCH_31, null)),
                Map.of());

        assertEquals(new MonthCount(1, 0, 0, 0), ComplianceRule.count(p, MARCH_1, MARCH_31).orElseThrow().count());
    }

    @Test
    void peopleCountWhereTheySatAtTheMonthsEndAndNotWhenOutOfService() {
        PersonTraining p = person(List.of(new Placement(LocalDate.of(2025, 1, 1), "ONC", true),
                new Placement(LocalDate.of(2026, 3, 20), "ICU", true),
                new Placement(LocalDate.of(2026, 5, 2), "ICU", false)),
                List.of(new Episode(CPR, LocalDate.of(2025, 1, 10), null, null, null)), Map.of());

        assertEquals("ONC", ComplianceRule.count(p, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))
                .orElseThrow().departmentCode());
        assertEquals("ICU", ComplianceRule.count(p, MARCH_1, MARCH_31).orElseThrow().departmentCode());
        assertTrue(ComplianceRule.count(p, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)).isEmpty(),
                "out of service at May's end");
        assertTrue(ComplianceRule.count(p, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)).isEmpty(),
                "not yet placed");
    }

    @Test
    void aWaivedCourseIsNeitherRequiredNorDueWhileTheWaiverCoversTheDay() {
        // CPR required from Jan 10, due Mar 15, never completed; EMPATHY required from Jan 10, no due date.
        // CPR waived Mar 1 through Apr 10: at Mar 31 only EMPATHY is required (1, 0) and the Mar 15 round, inside
        // the waiver, does not fall due (0, 0). At Apr 30 the waiver is over: both required, none completed.
        // At Feb 28, before the waiver: both required, nothing due in February.
        PersonTraining p = new PersonTraining("T1", List.of(new Placement(LocalDate.of(2025, 1, 1), "ONC", true)),
                List.of(new Episode(CPR, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 15), null, null),
                        new Episode(EMPATHY, LocalDate.of(2026, 1, 10), null, null, null)),
                Map.of(), List.of(new Waived(CPR, MARCH_1, LocalDate.of(2026, 4, 10))));

        assertEquals(new MonthCount(1, 0, 0, 0), ComplianceRule.count(p, MARCH_1, MARCH_31).orElseThrow().count());
        assertEquals(new MonthCount(2, 0, 0, 0), ComplianceRule.count(p, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30)).orElseThrow().count());
        assertEquals(new MonthCount(2, 0, 0, 0), ComplianceRule.count(p, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)).orElseThrow().count());
        // its first and last days are covered, the day after is not
        assertTrue(p.waived(CPR, MARCH_1) && p.waived(CPR, LocalDate.of(2026, 4, 10)));
        assertTrue(!p.waived(CPR, LocalDate.of(2026, 4, 11)) && !p.waived(EMPATHY, MARCH_31));
    }

    @Test
    void ratesAreWholePercentsAndNoneWhenNothingCounted() {
        assertEquals(67, new MonthCount(3, 2, 0, 0).completionPercent());
        assertEquals(null, new MonthCount(3, 2, 0, 0).onTimePercent());
        assertEquals(null, MonthCount.NONE.completionPercent());
        assertEquals(new MonthCount(4, 3, 2, 1), new MonthCount(3, 2, 0, 0).plus(new MonthCount(1, 1, 2, 1)));
    }

    private static PersonTraining person(List<Placement> placements, List<Episode> episodes,
            Map<String, List<LocalDate>> completions) {
        return new PersonTraining("T1", placements, episodes, completions);
    }
}
