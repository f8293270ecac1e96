package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.application.StaffDirectory;

/**
 * The demo hospital's assignment rules (demo/assignment-rules.csv): the core patient-relations courses for its
 * oncology nurses and their manager, each due some days after the rule reaches the person, staggered so that the
 * demo shows courses due soon, later and (with time) overdue. Made through the same service as any rule, so the
 * demo staff are enrolled the way real staff are.
 */
@ApplicationScoped
public class DemoAssignments {

    private static final Logger LOG = Logger.getLogger(DemoAssignments.class.getName());
    /** A demo nurse the rules reach: without her, the demo hospital is not loaded. */
    private static final String DEMO_LEARNER = "LR3002";

    @Inject
    private Settings settings;

    @Inject
    private StaffDirectory directory;

    @Inject
    private AssignmentRules rules;

    @Transactional
    void assignOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 25) Startup startup) {
        if (!settings.loadDemoData() || directory.find(DEMO_LEARNER).isEmpty() || rules.anyEver()) {
            return;
        }
        for (List<String> row : DemoHospital.rows("assignment-rules.csv")) {
            TargetKind kind = TargetKind.valueOf(row.get(1));
            rules.create(Actor.system(), RuleDefinition.course(row.get(0), row.get(3), kind,
                    kind == TargetKind.PERSON ? row.get(2) : null, null, null, Integer.parseInt(row.get(4))));
        }
        LOG.info("Made the demo hospital's assignment rules");
    }
}
