package org.carelearn.competency.application.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.ProficiencyLevel;
import org.junit.jupiter.api.Test;

/** The demo hospital's patient relations framework (demo/patient-relations.case.json), as a CASE file. */
class DemoFrameworkCaseTest {

    private static String demoFile() throws IOException {
        try (InputStream in = DemoFrameworkCaseTest.class.getResourceAsStream("/demo/patient-relations.case.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDemoFileValidatesAgainstTheCase11Schema() throws IOException {
        assertEquals(List.of(), CasePackageWriterTest.schemaErrors(demoFile()));
    }

    @Test
    void itHoldsTenCompetenciesInDomainsEachWithIndicatorsAndCitedGuidanceOnAFourLevelScale() throws IOException {
        FrameworkDefinition framework = new CasePackageReader().read(demoFile()).framework();

        assertEquals(List.of("Developing", "Proficient", "Advanced", "Role model"),
                framework.scale().levels().stream().map(ProficiencyLevel::name).toList());
        assertEquals(List.of("Empathetic communication", "Sharing difficult news", "Service recovery",
                "Complaint and grievance handling", "Cultural sensitivity and language access",
                "Trauma-informed care", "Confidentiality and dignity",
                "End-of-life conversations and shared decision-making", "De-escalation of conflict",
                "Interdisciplinary collaboration (palliative care, social work, chaplaincy)"),
                framework.competencies().stream().map(CompetencyDefinition::title).toList());
        for (CompetencyDefinition competency : framework.competencies()) {
            assertTrue(competency.indicators().size() >= 3 && competency.indicators().size() <= 6,
                    competency.title());
            assertTrue(competency.notes().startsWith("Rests on"), competency.title());
            assertTrue(competency.domainIdentifier() != null, competency.title());
        }
        assertEquals(4, framework.domains().size());
    }

    @Test
    void exportingTheDemoFrameworkAndReadingItBackChangesNothing() throws IOException {
        FrameworkDefinition framework = new CasePackageReader().read(demoFile()).framework();
        String exported = new CasePackageWriter("https://learning.test-hospital.example/case")
                .write(framework, Instant.parse("2026-12-01T08:00:00Z")).toString();

        assertEquals(framework, new CasePackageReader().read(exported).framework());
    }
}
