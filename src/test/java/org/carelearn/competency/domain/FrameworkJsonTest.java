package org.carelearn.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.carelearn.testing.SampleFrameworks;
import org.junit.jupiter.api.Test;

/** A framework stored as JSON reads back as an equal definition, every identifier kept. */
class FrameworkJsonTest {

    @Test
    void aFrameworkReadsBackEqual() {
        FrameworkDefinition framework = SampleFrameworks.framework("Round trip");

        FrameworkDefinition back = FrameworkJson.read(FrameworkJson.write(framework));

        assertEquals(framework, back);
        assertEquals(framework.competencies().get(1).indicators().get(2).identifier(),
                back.competencies().get(1).indicators().get(2).identifier());
    }

    @Test
    void aCompetencyOutsideAnyDomainAndEmptyOptionalsReadBackAsTheyWere() {
        FrameworkDefinition framework = new FrameworkDefinition("0b0c7e1e-4c43-4d55-9b6b-3b3f0f7e2a10", "Bare", null,
                "Tests", null, null, SampleFrameworks.FOUR_LEVELS, List.of(),
                List.of(new CompetencyDefinition("1b0c7e1e-4c43-4d55-9b6b-3b3f0f7e2a10", null, "Alone",
                        "Stands alone.", null, List.of(new IndicatorDefinition(
                                "2b0c7e1e-4c43-4d55-9b6b-3b3f0f7e2a10", "Does it.")), null)),
                List.of());

        FrameworkDefinition back = FrameworkJson.read(FrameworkJson.write(framework));

        assertEquals(framework, back);
        assertNull(back.competencies().get(0).domainIdentifier());
    }

    @Test
    void aChangedFrameworkIsNotEqual() {
        FrameworkDefinition framework = SampleFrameworks.framework("Changes");

        assertNotEquals(framework, SampleFrameworks.withAnotherCompetency(framework));
    }
}
