package org.carelearn.reporting.application.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.assignment.domain.RequirementState;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.learning.application.IssuedCertificate;
import org.carelearn.reporting.application.PersonFacts;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.application.ReportEvidence;
import org.carelearn.reporting.application.ReportNeed;
import org.carelearn.reporting.application.ReportPerson;
import org.junit.jupiter.api.Test;

/**
 * What a survey-ready pack says of one person, worked by hand on 2026-12-03 (New York): a liaison needs A (level 3,
 * 24 months) and B (level 2, 12 months). A was validated by LR9 at level 4 on 2026-01-10 (competent: it lapses on
 * 2028-01-10, more than 90 days away) after a course showed level 2 on 2025-06-01; B was shown by a course at
 * level 2 on 2025-10-01 and lapsed on 2026-10-01 (expired); C is required but has only a self-assessment (in
 * progress). The course was completed twice; the requirement counts the later completion, whose certificate is
 * CL-NEW; a second course is still open, due 2026-12-31, with no certificate.
 */
class PackContentBuilderTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 3);
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String COURSE = "https://carelearn.example/courses/empathetic-communication";
    private static final String OTHER = "https://carelearn.example/courses/trauma-informed-care";

    @Test
    void eachRequiredCompetencyWithItsEvidenceAndEachCourseWithItsCertificate() {
        PackContentBuilder builder = new PackContentBuilder(StandingRule.withDefaultWindow(), ON, ZONE, List.of(
                new ReportCompetency("b", "PR.2", "Sharing difficult news", "F", 1),
                new ReportCompetency("a", "PR.1", "Empathetic communication", "F", 0),
                new ReportCompetency("c", null, "Listening", "F", 2)),
                Map.of(COURSE, "Empathetic communication"));
        PersonFacts facts = new PersonFacts(new ReportPerson("LR7", "Ana Diaz", "Diaz, Ana", "PATREL",
                "Patient Relations", "PR-LIAISON", "Patient Relations Liaison"),
                List.of(new ReportNeed("LR7", "b", 2, 12), new ReportNeed("LR7", "a", 3, 24),
                        new ReportNeed("LR7", "c", 1, 24)),
                List.of(new ReportEvidence(1, "LR7", "a", EvidenceKind.COURSE_COMPLETION, 2,
                                LocalDate.of(2025, 6, 1), "LR7", 1),
                        new ReportEvidence(2, "LR7", "a", EvidenceKind.OBSERVED_VALIDATION, 4,
                                LocalDate.of(2026, 1, 10), "LR9", 1),
                        new ReportEvidence(3, "LR7", "b", EvidenceKind.COURSE_COMPLETION, 2,
                                LocalDate.of(2025, 10, 1), "LR7", 1),
                        new ReportEvidence(4, "LR7", "c", EvidenceKind.SELF_ASSESSMENT, 1,
                                LocalDate.of(2026, 11, 1), "LR7", 1)));
        List<Requirement> required = List.of(
                new Requirement("LR7", COURSE, RequirementState.COMPLETED, null, null, LocalDate.of(2026, 3, 2),
                        List.of("Core"), List.of(1L), null),
                new Requirement("LR7", OTHER, RequirementState.OPEN, LocalDate.of(2026, 12, 31), null, null,
                        List.of("Core"), List.of(1L), null));
        List<IssuedCertificate> certificates = List.of(
                new IssuedCertificate(10, "LR7", COURSE, "Empathetic communication", 1, "CL-OLD",
                        LocalDate.of(2024, 3, 2).atTime(15, 0).atZone(ZONE).toInstant()),
                // 2026-03-02 at 22:00 in New York is already March 3rd in UTC: the day is the hospital's
                new IssuedCertificate(11, "LR7", COURSE, "Empathetic communication", 2, "CL-NEW",
                        LocalDate.of(2026, 3, 2).atTime(22, 0).atZone(ZONE).toInstant()));

        PackPerson person = builder.person(facts, required, certificates, Map.of("LR9", "Sarah Lindqvist"));

        assertEquals(List.of(
                new PackCompetency("PR.1", "Empathetic communication", CompetencyStatus.COMPETENT, 4, 3,
                        LocalDate.of(2026, 1, 10), LocalDate.of(2028, 1, 10), "Observed validation",
                        "Sarah Lindqvist"),
                new PackCompetency("PR.2", "Sharing difficult news", CompetencyStatus.EXPIRED, null, 2,
                        LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1), "Course completed", null),
                new PackCompetency(null, "Listening", CompetencyStatus.IN_PROGRESS, null, 1, null, null, null,
                        null)), person.competencies(), "in the frameworks' order, with the evidence behind each");
        assertEquals(List.of(
                new PackTraining("Empathetic communication", "Completed", true, null, LocalDate.of(2026, 3, 2),
                        "CL-NEW"),
                new PackTraining(OTHER, "Required", false, LocalDate.of(2026, 12, 31), null, null)),
                person.training(), "a course the catalog does not name keeps its IRI");
        assertEquals(1, person.competenciesHeld());
        assertEquals(1, person.trainingCompleted());
        assertEquals(new PackSummaryRow("LR7", "Ana Diaz", "Patient Relations Liaison", 1, 3, 1, 2),
                PackSummaryRow.of(person));
        assertNull(person.competencies().get(2).validator());
    }
}
