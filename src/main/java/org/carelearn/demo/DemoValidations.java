package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.IndicatorResult;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;

/**
 * The demo hospital's observed validations (demo/competency-validations.csv): two of the patient relations
 * liaisons validated in complaint and grievance handling by a senior colleague approved for it, so that the case
 * owner dialog has people who may own a grievance and people who may not. Recorded through competency's own
 * ledger (every rule, the xAPI statement), after the demo validators are approved; only for a person who has no
 * evidence of that competency yet, so a restart records nothing twice.
 */
@ApplicationScoped
public class DemoValidations {

    private static final Logger LOG = Logger.getLogger(DemoValidations.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private Frameworks frameworks;

    @Inject
    private EvidenceLedger ledger;

    @Transactional
    void loadOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 17) Startup startup) {
        if (!settings.loadDemoData() || frameworks.latest(DemoFramework.IDENTIFIER).isEmpty()) {
            return;
        }
        Map<String, CompetencyDefinition> byCode = frameworks.latest(DemoFramework.IDENTIFIER).orElseThrow()
                .definition().competencies().stream()
                .collect(Collectors.toMap(CompetencyDefinition::code, c -> c));
        int recorded = 0;
        for (List<String> row : DemoHospital.rows("competency-validations.csv")) {
            CompetencyDefinition competency = byCode.get(row.get(1));
            if (competency == null) {
                throw new BusinessRuleException("The demo framework has no competency " + row.get(1));
            }
            String person = row.get(0);
            boolean held = ledger.evidenceOf(person).stream()
                    .anyMatch(e -> e.getCompetencyIdentifier().equals(competency.identifier()));
            if (held) {
                continue;
            }
            List<IndicatorResult> allMet = competency.indicators().stream()
                    .map(i -> new IndicatorResult(i.identifier(), true, null)).toList();
            ledger.record(Actor.system(), new NewEvidence(person, competency.identifier(),
                    EvidenceKind.OBSERVED_VALIDATION, Integer.parseInt(row.get(2)), row.get(3), row.get(4), null,
                    allMet, null));
            recorded++;
        }
        if (recorded > 0) {
            LOG.info("Recorded " + recorded + " demo observed validations");
        }
    }
}
