package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.domain.Requirement;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Enrols the demo accounts in the built-in courses (demo/enrolments.csv), after the demo hospital and the
 * built-in courses are in. Only enrolments: every completion must come from a learner taking the course.
 */
@ApplicationScoped
public class DemoEnrolments {

    private static final Logger LOG = Logger.getLogger(DemoEnrolments.class.getName());
    /** The demo "learner" account's staff member: once they have enrolments, the demo ones are in. */
    private static final String DEMO_LEARNER = "LR3002";

    @Inject
    private Settings settings;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Enrolments enrolments;

    @Inject
    private HospitalTime time;

    @Transactional
    void enrolOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 20) Startup startup) {
        if (!settings.loadDemoData() || directory.find(DEMO_LEARNER).isEmpty()
                || !enrolments.enrolmentsOf(DEMO_LEARNER).isEmpty()) {
            return;
        }
        for (List<String> row : DemoHospital.rows("enrolments.csv")) {
            String dueInDays = row.get(3);
            enrolments.enrol(Actor.system(), row.get(0), row.get(1), Requirement.valueOf(row.get(2)),
                    dueInDays.isEmpty() ? null : time.today().plusDays(Long.parseLong(dueInDays)), row.get(4));
        }
        LOG.info("Enrolled the demo accounts in the built-in courses");
    }
}
