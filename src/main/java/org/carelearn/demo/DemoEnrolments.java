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
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;

/**
 * Enrols demo staff in the built-in courses they chose themselves (demo/enrolments.csv), after the demo
 * hospital and the built-in courses are in. What is required of them comes from the demo assignment rules
 * ({@link DemoAssignments}). Only enrolments: every completion must come from a learner taking the course.
 */
@ApplicationScoped
public class DemoEnrolments {

    private static final Logger LOG = Logger.getLogger(DemoEnrolments.class.getName());
    /** A demo staff member with nothing required, only a course she chose: once she has it, the demo ones are in. */
    private static final String DEMO_LEARNER = "LR1004";

    @Inject
    private Settings settings;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Enrolments enrolments;

    @Inject
    private Accounts accounts;

    @Transactional
    void enrolOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 20) Startup startup) {
        if (!settings.loadDemoData() || directory.find(DEMO_LEARNER).isEmpty()
                || !enrolments.enrolmentsOf(DEMO_LEARNER).isEmpty()) {
            return;
        }
        for (List<String> row : DemoHospital.rows("enrolments.csv")) {
            StaffMember member = directory.find(row.get(0)).orElseThrow();
            Actor learner = new Actor(accounts.ofStaffMember(member).getUsername(), null);
            enrolments.enrolSelf(learner, member.getEmployeeId(), row.get(1));
        }
        LOG.info("Enrolled the demo accounts in the built-in courses");
    }
}
