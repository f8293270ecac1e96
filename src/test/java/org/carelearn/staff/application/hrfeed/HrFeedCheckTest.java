package org.carelearn.staff.application.hrfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carelearn.staff.domain.StaffKey;
import org.junit.jupiter.api.Test;

class HrFeedCheckTest {

    /** The directory before the import: a director and a manager reporting to her. */
    private static final HrFeedCheck.Directory DIRECTORY = new HrFeedCheck.Directory(
            List.of(new StaffKey("D1", "d1@x.example", null, "EXEC", "DIR", true),
                    new StaffKey("M1", "m1@x.example", "D1", "INFUSION", "NURSE-MGR", true),
                    new StaffKey("GONE", "gone@x.example", null, "INFUSION", "RN", false)),
            Map.of("EXEC", true, "INFUSION", true, "OLD", false),
            Map.of("DIR", true, "NURSE-MGR", true, "RN", true),
            Set.of("d1", "m1", "gone", "taken"));

    private static HrRow row(long line, String id, String email, String department, String manager, String hireDate,
            String active) {
        return new HrRow(line, id, "Given", "Family", email, department, "RN", manager, hireDate, active, "");
    }

    private static HrFeedCheck.Plan check(HrRow... rows) {
        return new HrFeedCheck(DIRECTORY).check(List.of(rows));
    }

    private static List<String> problems(HrFeedCheck.Plan plan) {
        return plan.problems().stream().map(RowProblem::toString).toList();
    }

    @Test
    void aGoodFeedIsOrderedManagersFirst() {
        HrFeedCheck.Plan plan = check(
                row(2, "N2", "n2@x.example", "INFUSION", "N1", "2024-01-01", ""),
                row(3, "N1", "n1@x.example", "INFUSION", "M1", "2024-01-01", "yes"),
                row(4, "M1", "m1@x.example", "INFUSION", "D1", "2019-01-01", "true"));
        assertTrue(plan.accepted(), problems(plan).toString());
        assertEquals(List.of("M1", "N1", "N2"), plan.rows().stream().map(HrFeedCheck.PlannedRow::employeeId).toList());
        assertEquals("n1", plan.rows().get(1).username(), "a new account takes the employee id as user name");
        assertTrue(!plan.rows().get(0).isNew() && plan.rows().get(1).isNew());
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        HrFeedCheck.Plan plan = check(
                row(2, "N1", "n1@x.example", "NOWHERE", "", "2024-01-01", ""),
                row(3, "N2", "not-an-email", "INFUSION", "", "01/02/2024", ""),
                row(4, "N3", "m1@x.example", "INFUSION", "", "2024-01-01", ""),
                row(5, "n1", "n1b@x.example", "INFUSION", "", "2024-01-01", ""),
                row(6, "N5", "n5@x.example", "OLD", "", "2024-01-01", ""),
                row(7, "N6", "n6@x.example", "INFUSION", "", "2024-01-01", "maybe"));
        assertTrue(plan.rows().isEmpty(), "nothing is planned when anything is wrong");
        assertEquals(List.of(
                "Line 2 (N1): department code 'NOWHERE' is not in the directory",
                "Line 3 (N2): e-mail 'not-an-email' is not a valid address",
                "Line 3 (N2): hire date '01/02/2024' is not a date in the form YYYY-MM-DD",
                "Line 4 (N3): e-mail m1@x.example belongs to M1",
                "Line 5 (n1): employee id N1 also appears on line 2",
                "Line 6 (N5): department OLD is inactive",
                "Line 7 (N6): active must be true or false (was 'maybe')"), problems(plan));
    }

    @Test
    void managersMustExistBeActiveAndNotLoop() {
        HrFeedCheck.Plan plan = check(
                row(2, "N1", "n1@x.example", "INFUSION", "GHOST", "2024-01-01", ""),
                row(3, "N2", "n2@x.example", "INFUSION", "GONE", "2024-01-01", ""),
                row(4, "D1", "d1@x.example", "EXEC", "N3", "2015-01-01", ""),
                row(5, "N3", "n3@x.example", "INFUSION", "M1", "2024-01-01", ""),
                row(6, "N4", "n4@x.example", "INFUSION", "N4", "2024-01-01", ""));
        assertEquals(List.of(
                "Line 2 (N1): manager GHOST is neither in the directory nor in this file",
                "Line 3 (N2): manager GONE is inactive",
                "Line 4 (D1): the manager chain from D1 loops back to D1",
                "Line 5 (N3): the manager chain from N3 loops back to N3",
                "Line 6 (N4): a staff member cannot be their own manager"), problems(plan));
    }

    @Test
    void userNamesMustBeFree() {
        HrFeedCheck.Plan plan = new HrFeedCheck(DIRECTORY).check(List.of(
                new HrRow(2, "N1", "A", "B", "n1@x.example", "INFUSION", "RN", "", "2024-01-01", "", "taken"),
                new HrRow(3, "N2", "A", "B", "n2@x.example", "INFUSION", "RN", "", "2024-01-01", "", "fresh"),
                new HrRow(4, "N3", "A", "B", "n3@x.example", "INFUSION", "RN", "", "2024-01-01", "", "Fresh")));
        assertEquals(List.of("Line 2 (N1): user name taken is already taken",
                "Line 4 (N3): user name fresh is also given on line 3"), problems(plan));
    }
}
