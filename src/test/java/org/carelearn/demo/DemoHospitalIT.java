package org.carelearn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.StaffSearch;
import org.carelearn.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The start-up work: schema version, the demo hospital, and that the demo never lands on existing data. */
@ExtendWith(ArquillianExtension.class)
class DemoHospitalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    /** The departments of demo/organisation.csv. */
    private static final List<String> DEMO_DEPARTMENTS = departmentsOfTheDemo();

    @Inject
    DemoHospital demo;

    @Inject
    Organisation organisation;

    @Inject
    StaffDirectory directory;

    @Inject
    Accounts accounts;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    @Test
    void theSchemaIsAtTheVersionThisReleaseExpects() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet version = connection.createStatement()
                        .executeQuery("SELECT MAX(VERSION), COUNT(*) FROM SCHEMA_VERSION")) {
            version.next();
            List<String> names;
            try (var index = getClass().getResourceAsStream("/db/derby/index.txt")) {
                names = new String(index.readAllBytes()).lines().filter(l -> l.startsWith("V")).toList();
            }
            long scripts = names.size();
            // numbers are handed out ahead of the work, so the list may skip one: the latest is the last listed
            String last = names.get(names.size() - 1);
            assertEquals(Integer.parseInt(last.substring(1, last.indexOf("__"))), version.getInt(1),
                    "the latest script is applied");
            assertEquals(scripts, version.getInt(2), "every script is applied once");
        }
    }

    @Test
    void theDemoHospitalHasItsDepartmentsStaffAndOneAccountPerRole() {
        // the tests share one database: other tests add departments of their own, so the demo's are counted by code
        List<String> codes = organisation.departments().stream().map(Department::getCode).toList();
        assertEquals(10, DEMO_DEPARTMENTS.stream().filter(codes::contains).count(), codes.toString());
        assertTrue(organisation.departments().stream().anyMatch(d -> d.getName().equals("Registration and Front Desk")));
        StaffSearch demoStaff = new StaffSearch("LR", null, null, null, null, null, null, true);
        assertEquals(60, directory.count(demoStaff));
        assertTrue(accounts.find("learner").orElseThrow().getRoles().contains(Role.LEARNER));
        assertTrue(accounts.find("manager").orElseThrow().getRoles().contains(Role.MANAGER));
        assertTrue(accounts.find("leader").orElseThrow().getRoles().contains(Role.LEADERSHIP));
        assertTrue(accounts.find("admin").orElseThrow().getRoles().contains(Role.ADMIN));
        assertEquals("LR3001", accounts.find("manager").orElseThrow().getStaffMember().getEmployeeId());
        // other tests add people of their own (employee ids "T..."), some under the demo manager: count the demo's
        assertEquals(9, directory.directReportsOf(directory.find("LR3001").orElseThrow()).stream()
                .filter(m -> m.getEmployeeId().startsWith("LR")).count(),
                "active direct reports of the inpatient oncology nurse manager");
    }

    @Test
    void theDemoNeverLoadsOverExistingData() {
        long staff = directory.count(StaffSearch.all());
        int departments = organisation.departments().size();
        demo.loadOnStartup(null);
        assertEquals(staff, directory.count(StaffSearch.all()));
        assertEquals(departments, organisation.departments().size());
    }

    private static List<String> departmentsOfTheDemo() {
        try (var csv = DemoHospitalIT.class.getResourceAsStream("/demo/organisation.csv")) {
            return new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("department,")).map(line -> line.split(",")[1]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
