package org.carelearn.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.CourseStructure;
import org.carelearn.catalog.domain.LaunchMethod;
import org.carelearn.catalog.domain.MoveOn;
import org.junit.jupiter.api.Test;

class RequiredTrainingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant MONDAY = Instant.parse("2026-11-23T14:00:00Z");
    private static final String COURSES = "https://carelearn.example/courses/";

    private static Enrolment enrolment(String course, Requirement requirement, LocalDate dueOn, Instant at) {
        return new Enrolment("LR3011", COURSES + course, 1, course, requirement, dueOn, "Core training", at, "system");
    }

    /** Completed through the statements, as Progression does it: a course whose one AU needs nothing. */
    private static Enrolment completed(Enrolment enrolment) {
        Au open = new Au(COURSES + "open/au", "Open", "", "open.html", LaunchMethod.ANY_WINDOW, MoveOn.NOT_APPLICABLE,
                null, null, null, null);
        CourseProgress satisfied = CourseProgress.of(new CourseStructure(COURSES + "open", "Open", "", List.of(open)),
                new Cmi5Ids("https://lms.test"), List.of());
        assertTrue(enrolment.progressed(satisfied, MONDAY));
        return enrolment;
    }

    @Test
    void countsRequiredCoursesCompletedAndOverdueAndTheNextOpenDueDate() {
        RequiredTraining training = RequiredTraining.of(List.of(
                completed(enrolment("empathy", Requirement.REQUIRED, TODAY.minusDays(3), MONDAY)),
                enrolment("trauma", Requirement.REQUIRED, TODAY.minusDays(1), MONDAY),
                enrolment("culture", Requirement.REQUIRED, TODAY.plusDays(20), MONDAY),
                enrolment("chosen", Requirement.OPTIONAL, null, MONDAY)), TODAY);

        assertEquals(new RequiredTraining(3, 1, 1, TODAY.minusDays(1)), training);
        assertFalse(training.isAllComplete());
    }

    @Test
    void aCourseDueTodayIsNotOverdueYet() {
        RequiredTraining training = RequiredTraining.of(
                List.of(enrolment("trauma", Requirement.REQUIRED, TODAY, MONDAY)), TODAY);

        assertEquals(0, training.overdue());
        assertEquals(TODAY, training.nextDue());
    }

    @Test
    void aCourseRequiredAgainAfterItsCompletionCountsOnceAndAsOpen() {
        RequiredTraining training = RequiredTraining.of(List.of(
                completed(enrolment("empathy", Requirement.REQUIRED, null, MONDAY.minusSeconds(86_400 * 365))),
                enrolment("empathy", Requirement.REQUIRED, TODAY.plusDays(30), MONDAY)), TODAY);

        assertEquals(new RequiredTraining(1, 0, 0, TODAY.plusDays(30)), training);
    }

    @Test
    void nothingRequiredIsNoneAndNeverAllComplete() {
        RequiredTraining training = RequiredTraining.of(
                List.of(completed(enrolment("chosen", Requirement.OPTIONAL, null, MONDAY))), TODAY);

        assertEquals(RequiredTraining.NONE, training);
        assertTrue(training.isNone());
        assertFalse(training.isAllComplete());
    }

    @Test
    void everyRequiredCourseCompletedIsAllComplete() {
        RequiredTraining training = RequiredTraining.of(
                List.of(completed(enrolment("empathy", Requirement.REQUIRED, TODAY.plusDays(2), MONDAY))), TODAY);

        assertTrue(training.isAllComplete());
        assertEquals(null, training.nextDue(), "nothing open is due");
    }
}
