package org.carelearn.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The status rule on a fixed day, 2026-12-02, for a competency needed at level 2 and current for 24 months. */
class StandingRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final CompetencyNeed LEVEL_2_FOR_24_MONTHS = new CompetencyNeed(2, 24);
    private static final StandingRule RULE = StandingRule.withDefaultWindow();

    private static Evidence evidence(EvidenceKind kind, int level, LocalDate givenOn) {
        return new Evidence(kind, level, givenOn, "V100", 1);
    }

    private static Standing standing(Evidence... evidence) {
        return RULE.standing(List.of(evidence), LEVEL_2_FOR_24_MONTHS, TODAY);
    }

    @Test
    void withoutEvidenceNothingHasStarted() {
        Standing standing = standing();

        assertEquals(CompetencyStatus.NOT_STARTED, standing.status());
        assertNull(standing.levelShown());
        assertNull(standing.currentUntil());
    }

    @Test
    void aSelfAssessmentAloneIsNeverEnoughWhateverItsLevel() {
        Standing standing = standing(evidence(EvidenceKind.SELF_ASSESSMENT, 4, TODAY));

        assertEquals(CompetencyStatus.IN_PROGRESS, standing.status());
        assertNull(standing.levelShown(), "a self-assessment shows no level on its own");
    }

    @Test
    void eachKindThatCountsOnItsOwnMakesAPersonCompetentAtTheLevelNeeded() {
        for (EvidenceKind kind : List.of(EvidenceKind.COURSE_COMPLETION, EvidenceKind.OBSERVED_VALIDATION,
                EvidenceKind.PRIOR_LEARNING)) {
            Standing standing = standing(evidence(kind, 2, LocalDate.of(2026, 6, 1)));

            assertEquals(CompetencyStatus.COMPETENT, standing.status(), kind.name());
            assertEquals(2, standing.levelShown(), kind.name());
            assertEquals(LocalDate.of(2028, 5, 31), standing.currentUntil(), kind.name());
        }
    }

    @Test
    void aLevelBelowTheOneNeededIsProgressAndIsShown() {
        Standing standing = standing(evidence(EvidenceKind.COURSE_COMPLETION, 1, LocalDate.of(2026, 11, 1)));

        assertEquals(CompetencyStatus.IN_PROGRESS, standing.status());
        assertEquals(1, standing.levelShown());
    }

    @Test
    void theHighestCurrentLevelIsTheLevelShown() {
        Standing standing = standing(evidence(EvidenceKind.COURSE_COMPLETION, 2, LocalDate.of(2026, 1, 10)),
                evidence(EvidenceKind.OBSERVED_VALIDATION, 3, LocalDate.of(2025, 8, 1)));

        assertEquals(CompetencyStatus.COMPETENT, standing.status());
        assertEquals(3, standing.levelShown());
        assertEquals(LocalDate.of(2026, 1, 10), standing.basis().givenOn(),
                "the status rests on the showing that lasts longest");
    }

    @Test
    void competenceExpiresTheDayItsLastShowingIsTwentyFourMonthsOld() {
        Evidence shown = evidence(EvidenceKind.OBSERVED_VALIDATION, 2, LocalDate.of(2024, 12, 2));

        Standing standing = standing(shown);

        assertEquals(CompetencyStatus.EXPIRED, standing.status());
        assertEquals(TODAY, standing.lapsesOn());
        assertSame(shown, standing.basis());
        assertNull(standing.levelShown());
        assertEquals(CompetencyStatus.EXPIRING, RULE.standing(List.of(shown), LEVEL_2_FOR_24_MONTHS,
                TODAY.minusDays(1)).status(), "the day before, it still held");
    }

    @Test
    void competenceIsExpiringWithinNinetyDaysOfLapsing() {
        // lapses on 2027-03-02, 90 days after 2026-12-02
        Standing justInside = standing(evidence(EvidenceKind.COURSE_COMPLETION, 2, LocalDate.of(2025, 3, 2)));
        // lapses on 2027-03-03, 91 days ahead
        Standing justOutside = standing(evidence(EvidenceKind.COURSE_COMPLETION, 2, LocalDate.of(2025, 3, 3)));

        assertEquals(CompetencyStatus.EXPIRING, justInside.status());
        assertEquals(LocalDate.of(2027, 3, 1), justInside.currentUntil());
        assertEquals(CompetencyStatus.COMPETENT, justOutside.status());
    }

    @Test
    void theExpiringWindowIsConfigurable() {
        Evidence shown = evidence(EvidenceKind.COURSE_COMPLETION, 2, LocalDate.of(2025, 3, 2));

        assertEquals(CompetencyStatus.COMPETENT,
                new StandingRule(30).standing(List.of(shown), LEVEL_2_FOR_24_MONTHS, TODAY).status());
        assertThrows(BusinessRuleException.class, () -> new StandingRule(-1));
    }

    @Test
    void aLapsedLevelStaysExpiredWhenOnlyALowerLevelIsCurrent() {
        Standing standing = standing(evidence(EvidenceKind.OBSERVED_VALIDATION, 3, LocalDate.of(2023, 5, 1)),
                evidence(EvidenceKind.COURSE_COMPLETION, 1, LocalDate.of(2026, 5, 1)),
                evidence(EvidenceKind.SELF_ASSESSMENT, 3, LocalDate.of(2026, 11, 1)));

        assertEquals(CompetencyStatus.EXPIRED, standing.status());
        assertEquals(1, standing.levelShown());
        assertEquals(LocalDate.of(2025, 5, 1), standing.lapsesOn());
    }

    @Test
    void aNewShowingRenewsAnExpiredCompetency() {
        Standing standing = standing(evidence(EvidenceKind.OBSERVED_VALIDATION, 2, LocalDate.of(2023, 5, 1)),
                evidence(EvidenceKind.OBSERVED_VALIDATION, 2, LocalDate.of(2026, 11, 30)));

        assertEquals(CompetencyStatus.COMPETENT, standing.status());
        assertEquals(LocalDate.of(2028, 11, 29), standing.currentUntil());
    }

    @Test
    void grievanceHandlingCurrentForTwelveMonthsLapsesSooner() {
        Evidence shown = evidence(EvidenceKind.OBSERVED_VALIDATION, 3, LocalDate.of(2025, 12, 1));

        Standing standing = RULE.standing(List.of(shown), new CompetencyNeed(3, 12), TODAY);

        assertEquals(CompetencyStatus.EXPIRED, standing.status());
        assertEquals(LocalDate.of(2026, 12, 1), standing.lapsesOn());
    }

    @Test
    void evidenceDatedAfterTheDayAskedAboutDoesNotCountYet() {
        Standing standing = standing(evidence(EvidenceKind.OBSERVED_VALIDATION, 2, TODAY.plusDays(1)));

        assertEquals(CompetencyStatus.NOT_STARTED, standing.status());
    }

    @Test
    void aNeedIsRefusedOutsideItsBounds() {
        assertEquals("A competency stays current for 1 to 120 months, not 0",
                assertThrows(BusinessRuleException.class, () -> new CompetencyNeed(2, 0)).getMessage());
        assertEquals("The level needed is 1 or above, not 0",
                assertThrows(BusinessRuleException.class, () -> new CompetencyNeed(0, 24)).getMessage());
    }
}
