package org.carelearn.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which need applies to a person: their department's own, else their job role's everywhere, else level 1. */
class RequiredLevelsTest {

    private static final String GRIEVANCES = "5b0c7e1e-4c43-4d55-9b6b-3b3f0f7e2a10";
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    private static CompetencyRequirement requirement(String role, String department, int level, int months) {
        return new CompetencyRequirement(role, department, GRIEVANCES, new CompetencyNeed(level, months), AT, "admin");
    }

    @Test
    void theDepartmentsOwnRequirementWinsOverTheHospitals() {
        List<CompetencyRequirement> all = List.of(requirement("LIAISON", null, 2, 24),
                requirement("LIAISON", "ONC", 3, 12), requirement("RECEPTION", null, 1, 24));

        assertEquals(new CompetencyNeed(3, 12), RequiredLevels.of("LIAISON", "ONC", all).needOf(GRIEVANCES));
        assertEquals(new CompetencyNeed(2, 24), RequiredLevels.of("LIAISON", "ED", all).needOf(GRIEVANCES));
    }

    @Test
    void aCompetencyTheJobDoesNotRequireIsTrackedAtLevelOne() {
        RequiredLevels levels = RequiredLevels.of("PORTER", "ED", List.of(requirement("LIAISON", null, 2, 24)));

        assertFalse(levels.requires(GRIEVANCES));
        assertEquals(new CompetencyNeed(1, CompetencyRequirement.DEFAULT_MONTHS_CURRENT), levels.needOf(GRIEVANCES));
        assertTrue(RequiredLevels.of("LIAISON", "ED", List.of(requirement("LIAISON", null, 2, 24)))
                .requires(GRIEVANCES));
    }
}
