package org.carelearn.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.learning.application.Certificates;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.Waivers;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.SignIns;
import org.carelearn.staff.application.StaffChange;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.SampleStaff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff, catalog and learning announce their changes as events and know nothing of the trail: these are the
 * entries the trail keeps of them, word for word, and only for changes that committed.
 */
@ExtendWith(ArquillianExtension.class)
class AuditedEventsIT {

    private static final Actor ADMIN = new Actor("admin", "10.4.5.6");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    AuditTrail trail;

    @Inject
    Organisation organisation;

    @Inject
    StaffDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    SignIns signIns;

    @Inject
    Catalog catalog;

    @Inject
    Enrolments enrolments;

    @Inject
    Waivers waivers;

    @Inject
    Certificates certificates;

    @Resource
    UserTransaction transaction;

    /** An entry as the trail's page and API show it, oldest first. */
    private List<String> entries(String targetType, String targetId) {
        return trail.find(new AuditFilter(null, null, targetType, targetId, null, null), 0, 50).stream()
                .sorted(Comparator.comparing(AuditEvent::getId))
                .map(e -> e.getActor() + "@" + e.getRemoteAddress() + " " + e.getAction() + " " + e.getDetail())
                .toList();
    }

    @Test
    void departmentsAndJobRolesAreAuditedAsTheyChange() {
        String code = "D" + SampleStaff.uniqueEmployeeId();
        organisation.addDepartment(ADMIN, code, "Survivorship clinic");
        organisation.renameDepartment(ADMIN, code, "Survivorship and follow-up clinic");
        organisation.setDepartmentActive(ADMIN, code, false);
        organisation.setDepartmentActive(ADMIN, code, true);
        assertEquals(List.of(
                "admin@10.4.5.6 DEPARTMENT_CREATED Survivorship clinic",
                "admin@10.4.5.6 DEPARTMENT_UPDATED name: Survivorship clinic -> Survivorship and follow-up clinic",
                "admin@10.4.5.6 DEPARTMENT_DEACTIVATED Survivorship and follow-up clinic",
                "admin@10.4.5.6 DEPARTMENT_REACTIVATED Survivorship and follow-up clinic"),
                entries("Department", code));

        String role = "R" + SampleStaff.uniqueEmployeeId();
        organisation.addJobRole(ADMIN, role, "Patient navigator");
        organisation.retitleJobRole(ADMIN, role, "Oncology patient navigator");
        organisation.setJobRoleActive(ADMIN, role, false);
        assertEquals(List.of(
                "admin@10.4.5.6 JOB_ROLE_CREATED Patient navigator",
                "admin@10.4.5.6 JOB_ROLE_UPDATED title: Patient navigator -> Oncology patient navigator",
                "admin@10.4.5.6 JOB_ROLE_DEACTIVATED Oncology patient navigator"),
                entries("JobRole", role));
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() throws Exception {
        String code = "D" + SampleStaff.uniqueEmployeeId();
        transaction.begin();
        try {
            organisation.addDepartment(ADMIN, code, "Never opened");
        } finally {
            transaction.rollback();
        }
        assertThrows(NotFoundException.class, () -> organisation.setDepartmentActive(ADMIN, code, false));
        assertEquals(List.of(), entries("Department", code), "no entry for a department that was never stored");
    }

    @Test
    void accountsAndSignInsAreAuditedUnderTheAccountsName() {
        String id = SampleStaff.uniqueEmployeeId();
        directory.add(ADMIN, new StaffChange(id, "Ines", "Okafor", id + "@it.example", "SOCWORK", "SW-ONC", null,
                LocalDate.of(2025, 9, 1), null, Set.of()));
        String username = id.toLowerCase();
        signIns.recordFailure(username, "10.7.7.7");
        accounts.unlock(ADMIN, username);
        accounts.grantRoles(ADMIN, username, EnumSet.of(Role.LEARNER, Role.MANAGER));
        accounts.issueTemporaryPassword(ADMIN, username);

        List<String> entries = entries("Account", username);
        assertEquals(List.of(
                "admin@10.4.5.6 ACCOUNT_CREATED for " + id + ", roles [LEARNER]",
                username + "@10.7.7.7 SIGN_IN_FAILED no password issued yet",
                "admin@10.4.5.6 ACCOUNT_UNLOCKED null",
                "admin@10.4.5.6 ACCOUNT_UPDATED roles: [LEARNER] -> [LEARNER, MANAGER]",
                "admin@10.4.5.6 TEMPORARY_PASSWORD_ISSUED null"), entries);
        assertTrue(entries("StaffMember", id).get(0).startsWith("admin@10.4.5.6 STAFF_CREATED name=Ines Okafor; "),
                entries("StaffMember", id).toString());
    }

    @Test
    void aCourseAndAnEnrolmentAreAuditedAsTheCatalogAndLearningChange() {
        String iri = SampleCourses.uniqueCourseIri();
        catalog.importPackage("audited.zip", new ByteArrayInputStream(SampleCourses.goodPackage(iri, "Audited")),
                ADMIN);
        catalog.changeAvailability(ADMIN, iri, CourseAvailability.OFFERED);
        Enrolment enrolment = enrolments.enrolSelf(ADMIN, "LR3002", iri);
        waivers.waive(ADMIN, enrolment.getId(), iri + "/au/lesson", "Tested Out");
        waivers.waive(ADMIN, enrolment.getId(), iri + "/au/assessment", "Equivalent AU");
        catalog.changeAvailability(ADMIN, iri, CourseAvailability.RETIRED);
        catalog.changeAvailability(ADMIN, iri, CourseAvailability.NOT_OFFERED);

        List<String> course = entries("Course", iri);
        assertTrue(course.get(0).startsWith("admin@10.4.5.6 COURSE_IMPORTED version 1 from audited.zip: 2 AUs, "),
                course.get(0));
        assertEquals(List.of(
                "admin@10.4.5.6 COURSE_OFFERED Audited: offered",
                "admin@10.4.5.6 COURSE_RETIRED Audited: retired",
                "admin@10.4.5.6 COURSE_REINSTATED Audited: not offered"), course.subList(1, course.size()));
        Certificate certificate = certificates.certificateOf("LR3002", enrolment.getId()).orElseThrow();
        assertEquals("Aisha Bello", certificate.getLearnerName());
        assertEquals(List.of(
                "admin@10.4.5.6 ENROLMENT_CREATED LR3002 in \"Audited\" version 1 (chosen from the catalog)",
                "admin@10.4.5.6 AU_WAIVED \"AU lesson\" waived for LR3002: Tested Out",
                "admin@10.4.5.6 AU_WAIVED \"AU assessment\" waived for LR3002: Equivalent AU",
                "system@null CERTIFICATE_ISSUED " + certificate.getCode() + " for LR3002, \"Audited\""),
                entries("Enrolment", enrolment.getRegistration()));
    }
}
