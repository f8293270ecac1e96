package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.reporting.application.experience.ExperienceReport;
import org.carelearn.reporting.application.experience.ScoreImport;
import org.carelearn.reporting.application.experience.ScoreImportResult;

/**
 * The demo hospital's patient experience results (demo/patient-experience.csv): eight quarters of fictional
 * top-box scores for five patient-facing departments, imported through the same service as a real file, and
 * communication with nurses and with doctors mapped to empathetic communication (PR.1). Only while no measure is
 * mapped yet, so a restart or leadership's own mapping is left alone.
 */
@ApplicationScoped
public class DemoPatientExperience {

    private static final Logger LOG = Logger.getLogger(DemoPatientExperience.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private Frameworks frameworks;

    @Inject
    private ExperienceReport report;

    @Inject
    private ScoreImport scores;

    @Transactional
    void loadOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 18) Startup startup) {
        if (!settings.loadDemoData() || frameworks.latest(DemoFramework.IDENTIFIER).isEmpty()
                || report.measures().values().stream().anyMatch(c -> c != null)) {
            return;
        }
        Map<String, String> byCode = frameworks.latest(DemoFramework.IDENTIFIER).orElseThrow().definition()
                .competencies().stream()
                .collect(Collectors.toMap(CompetencyDefinition::code, CompetencyDefinition::identifier));
        Actor system = Actor.system();
        report.map(system, "Communication with Nurses", byCode.get("PR.1"));
        report.map(system, "Communication with Doctors", byCode.get("PR.1"));
        report.map(system, "Responsiveness of Hospital Staff", byCode.get("PR.3"));
        try (Reader csv = new InputStreamReader(DemoPatientExperience.class.getResourceAsStream(
                "/demo/patient-experience.csv"), StandardCharsets.UTF_8)) {
            ScoreImportResult result = scores.run(system, "demo-patient-experience.csv", csv);
            if (!result.accepted()) {
                throw new IllegalStateException("The demo patient experience results do not import: "
                        + result.problems());
            }
            LOG.info("Imported the demo hospital's patient experience results: " + result.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
