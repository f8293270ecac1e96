package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.validation.ValidatorApprovals;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;

/**
 * The demo hospital's validators (demo/competency-validators.csv): the palliative care nurse practitioners, who
 * observe colleagues in the conversations they lead every day, approved through the same service as the admin
 * page. After the demo framework is imported; only while nobody is approved yet, so a restart or an
 * administrator's own choices are left alone.
 */
@ApplicationScoped
public class DemoValidators {

    private static final Logger LOG = Logger.getLogger(DemoValidators.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private Frameworks frameworks;

    @Inject
    private ValidatorApprovals approvals;

    @Transactional
    void loadOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 16) Startup startup) {
        if (!settings.loadDemoData() || frameworks.latest(DemoFramework.IDENTIFIER).isEmpty()
                || !approvals.active().isEmpty()) {
            return;
        }
        Map<String, String> byCode = frameworks.latest(DemoFramework.IDENTIFIER).orElseThrow().definition()
                .competencies().stream()
                .collect(Collectors.toMap(CompetencyDefinition::code, CompetencyDefinition::identifier));
        Actor system = Actor.system();
        for (List<String> row : DemoHospital.rows("competency-validators.csv")) {
            String competency = byCode.get(row.get(1));
            if (competency == null) {
                throw new BusinessRuleException("The demo framework has no competency " + row.get(1));
            }
            approvals.approve(system, row.get(0), competency, Boolean.parseBoolean(row.get(2)));
        }
        LOG.info("Approved the demo validators");
    }
}
