package org.carelearn.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** A course's place in the learners' catalog: offered only when an admin says so, retired for good or not. */
class CourseAvailabilityTest {

    private final Course course = new Course("https://carelearn.example/courses/listening");

    @Test
    void aNewCourseIsNotOfferedUntilAnAdminOffersIt() {
        assertEquals(CourseAvailability.NOT_OFFERED, course.getAvailability());
        assertFalse(course.isOffered());
        course.offer();
        assertTrue(course.isOffered());
        course.stopOffering();
        assertEquals(CourseAvailability.NOT_OFFERED, course.getAvailability());
    }

    @Test
    void aRetiredCourseReturnsNotOffered() {
        course.offer();
        course.retire();
        assertTrue(course.isRetired());
        assertFalse(course.isOffered());
        assertThrows(BusinessRuleException.class, course::stopOffering);
        course.returnFromRetirement();
        assertEquals(CourseAvailability.NOT_OFFERED, course.getAvailability());
    }

    @Test
    void doingTwiceWhatIsDoneIsExplained() {
        course.offer();
        assertTrue(assertThrows(BusinessRuleException.class, course::offer).getMessage()
                .endsWith("is already offered in the catalog"));
        assertThrows(BusinessRuleException.class, course::returnFromRetirement);
        course.retire();
        assertThrows(BusinessRuleException.class, course::retire);
    }
}
