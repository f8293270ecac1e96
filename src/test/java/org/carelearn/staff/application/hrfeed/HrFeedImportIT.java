package org.carelearn.staff.application.hrfeed;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.hrRow;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;
import org.carelearn.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HR feed against the real directory: all rows or none. */
@ExtendWith(ArquillianExtension.class)
class HrFeedImportIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    HrFeedImport hrFeedImport;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    private ImportResult run(String csv) {
        return hrFeedImport.run(ADMIN, "it-feed.csv", new StringReader(csv), ImportProgress.NONE);
    }

    @Test
    void aGoodFeedAddsUpdatesAndDeactivatesAndReportsProgress() {
        String manager = uniqueEmployeeId();
        String nurse = uniqueEmployeeId();
        ImportResult first = run(hrFeed(hrRow(nurse, manager), hrRow(manager, "LR7001")));
        assertTrue(first.accepted(), first.problems().toString());
        assertEquals(2, first.created());
        assertEquals(manager, directory.find(nurse).orElseThrow().getManager().getEmployeeId(),
                "a manager later in the file is written first");

        List<String> phases = new ArrayList<>();
        String renamed = hrRow(nurse, manager).replace("Test,", "Tess,");
        String leaving = hrRow(manager, "LR7001").replace(",true", ",false");
        ImportResult second = hrFeedImport.run(ADMIN, "it-feed-2.csv", new StringReader(hrFeed(renamed, leaving)),
                (phase, done, total) -> phases.add(phase + " " + done + "/" + total));
        assertFalse(second.accepted(), "an active person may not report to someone the same feed deactivates");
        assertEquals("Line 2 (" + nurse + "): manager " + manager + " is inactive", second.problems().get(0).toString());

        ImportResult third = hrFeedImport.run(ADMIN, "it-feed-3.csv",
                new StringReader(hrFeed(renamed.replace("," + manager + ",", ",LR7001,"), leaving)),
                (phase, done, total) -> phases.add(phase + " " + done + "/" + total));
        assertTrue(third.accepted(), third.problems().toString());
        assertEquals(1, third.updated());
        assertEquals(1, third.deactivated());
        assertEquals("Tess", directory.find(nurse).orElseThrow().getName().getGivenName());
        StaffMember gone = directory.find(manager).orElseThrow();
        assertFalse(gone.isActive());
        assertFalse(directory.accountOf(gone).orElseThrow().isActive());
        assertTrue(phases.contains("WRITING 2/2") && phases.get(phases.size() - 1).equals("FINISHED 2/2"), phases.toString());

        ImportResult again = run(hrFeed(renamed.replace("," + manager + ",", ",LR7001,"), leaving));
        assertEquals(2, again.unchanged(), "importing the same feed twice changes nothing");

        ImportResult back = run(hrFeed(renamed.replace("," + manager + ",", ",LR7001,"), hrRow(manager, "LR7001")));
        assertEquals(1, back.reactivated());
        StaffMember returned = directory.find(manager).orElseThrow();
        assertTrue(returned.isActive());
        assertTrue(directory.accountOf(returned).orElseThrow().isActive(), "the account comes back with its person");
    }

    @Test
    void oneBadRowImportsNothingAndNamesTheRow() {
        List<String> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = uniqueEmployeeId();
            ids.add(id);
            rows.add(hrRow(id, "LR7001"));
        }
        rows.set(36, rows.get(36).replace("2023-05-01", "2023-02-30"));
        long before = directory.count(StaffSearch.all());

        ImportResult result = run(hrFeed(rows.toArray(String[]::new)));

        assertFalse(result.accepted());
        assertEquals(1, result.problems().size());
        assertEquals("Line 38 (" + ids.get(36) + "): hire date '2023-02-30' is not a date in the form YYYY-MM-DD",
                result.problems().get(0).toString());
        assertEquals(before, directory.count(StaffSearch.all()), "not one row was written");
        assertTrue(ids.stream().allMatch(id -> directory.find(id).isEmpty()));
        assertTrue(audit.find(new AuditFilter("admin", AuditAction.HR_IMPORT_REJECTED, null, "it-feed.csv", null, null),
                0, 5).stream().anyMatch(e -> e.getDetail().contains("Line 38")), "the rejection itself is audited");
    }

    @Test
    void aFileThatIsNotAFeedIsRefusedWithReasons() {
        ImportResult binary = run("\u0000\u0001PK\u0003\u0004garbage");
        assertFalse(binary.accepted());
        assertTrue(binary.problems().get(0).reason().startsWith("unknown column"), binary.problems().toString());
        ImportResult cycle = run(hrFeed("A1X,A,B,a1x@x.example,SOCWORK,SW-ONC,A2X,2023-01-01,true",
                "A2X,A,B,a2x@x.example,SOCWORK,SW-ONC,A1X,2023-01-01,true"));
        assertEquals(List.of("Line 2 (A1X): the manager chain from A1X loops back to A1X",
                "Line 3 (A2X): the manager chain from A2X loops back to A2X"),
                cycle.problems().stream().map(RowProblem::toString).toList());
    }
}
