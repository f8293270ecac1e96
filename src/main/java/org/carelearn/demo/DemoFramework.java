package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.carelearn.competency.application.CompetencyRequirements;
import org.carelearn.competency.application.CourseMappings;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.exchange.CaseExchange;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.application.StaffDirectory;

/**
 * The demo hospital's patient relations competency framework: imported from its CASE file
 * (demo/patient-relations.case.json) through the same CASE import an administrator uses, then the level each job
 * role needs (demo/competency-requirements.csv) and what each built-in course shows
 * (demo/course-competencies.csv), through the same services as the admin pages. After the demo staff and the
 * built-in courses, before the demo enrolments, so courses completed later become evidence. Only while the
 * framework is not stored: a restart, or an administrator's later version, is left alone.
 */
@ApplicationScoped
public class DemoFramework {

    private static final Logger LOG = Logger.getLogger(DemoFramework.class.getName());
    /** The demo framework's CFDocument identifier, fixed in its CASE file. */
    static final String IDENTIFIER = "2d525d17-9d5f-5668-84fe-2cd286c57a16";
    private static final String DEMO_LEARNER = "LR3002";

    @Inject
    private Settings settings;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Frameworks frameworks;

    @Inject
    private CaseExchange exchange;

    @Inject
    private CompetencyRequirements requirements;

    @Inject
    private CourseMappings mappings;

    /** All of it or nothing: one transaction, which the import and every requirement and mapping join. */
    @Transactional
    void loadOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 15) Startup startup) {
        if (!settings.loadDemoData() || directory.find(DEMO_LEARNER).isEmpty()
                || frameworks.latest(IDENTIFIER).isPresent()) {
            return;
        }
        Actor system = Actor.system();
        exchange.importCase(system, caseFile());
        Map<String, String> byCode = new HashMap<>();
        for (CompetencyDefinition competency : frameworks.latest(IDENTIFIER).orElseThrow().definition()
                .competencies()) {
            byCode.put(competency.code(), competency.identifier());
        }
        for (List<String> row : DemoHospital.rows("competency-requirements.csv")) {
            requirements.set(system, row.get(0), row.get(1), competency(byCode, row.get(2)),
                    Integer.parseInt(row.get(3)), Integer.valueOf(row.get(4)));
        }
        for (List<String> row : DemoHospital.rows("course-competencies.csv")) {
            mappings.set(system, row.get(0), competency(byCode, row.get(1)), Integer.parseInt(row.get(2)));
        }
        LOG.info("Imported the demo patient relations competency framework with its requirements and course mappings");
    }

    private static String competency(Map<String, String> byCode, String code) {
        String identifier = byCode.get(code);
        if (identifier == null) {
            throw new BusinessRuleException("The demo framework has no competency " + code);
        }
        return identifier;
    }

    private static String caseFile() {
        try (InputStream in = DemoFramework.class.getResourceAsStream("/demo/patient-relations.case.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
