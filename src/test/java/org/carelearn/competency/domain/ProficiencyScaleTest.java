package org.carelearn.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ProficiencyScaleTest {

    private static final ProficiencyLevel DEVELOPING = new ProficiencyLevel(1, "Developing", "Needs support");
    private static final ProficiencyLevel ROLE_MODEL = new ProficiencyLevel(2, "Role model", "Teaches others");

    @Test
    void levelsAreFoundByRank() {
        ProficiencyScale scale = new ProficiencyScale("Two steps", List.of(DEVELOPING, ROLE_MODEL));

        assertEquals(DEVELOPING, scale.lowest());
        assertEquals(ROLE_MODEL, scale.highest());
        assertEquals("Level 2, Role model", scale.level(2).label());
        assertEquals("The scale Two steps has levels 1 to 2, not 3",
                assertThrows(BusinessRuleException.class, () -> scale.level(3)).getMessage());
    }

    @Test
    void ranksMustRunFromOneWithoutGaps() {
        ProficiencyLevel third = new ProficiencyLevel(3, "Expert", "Leads practice");

        assertEquals("The levels of Gappy must be ranked 1 to 2 from the lowest, in order; level 2 is ranked 3",
                assertThrows(BusinessRuleException.class,
                        () -> new ProficiencyScale("Gappy", List.of(DEVELOPING, third))).getMessage());
    }

    @Test
    void aScaleNeedsTwoLevelsWithDistinctNamesAndDescriptions() {
        assertThrows(BusinessRuleException.class, () -> new ProficiencyScale("One", List.of(DEVELOPING)));
        assertThrows(BusinessRuleException.class, () -> new ProficiencyScale("Twice",
                List.of(DEVELOPING, new ProficiencyLevel(2, "developing", "Again"))));
        assertEquals("Level 1 (Developing) needs a description of 1 to 1000 characters: assessors read it to"
                + " choose the level", assertThrows(BusinessRuleException.class,
                        () -> new ProficiencyLevel(1, "Developing", " ")).getMessage());
    }
}
