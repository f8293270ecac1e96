package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * The manager's workbench (and the administrator's, for the whole hospital): every person in scope with each
 * course required of them and where they stand. Read for everyone at once, in a handful of queries whatever the
 * number of people (the line, their assignments and rules, their enrolments, the catalog), never per row.
 */
@ApplicationScoped
public class Workbench {

    /** Derby compiles each statement to a class; IN lists of thousands of ids are read in slices. */
    private static final int SLICE = 500;

    @Inject
    private LineOfAuthority line;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Requirements requirements;

    @Inject
    private Enrolments enrolments;

    @Inject
    private Catalog catalog;

    @Inject
    private HospitalTime time;

    /** Everyone in active service anywhere below the manager. */
    public List<WorkbenchRow> lineOf(String managerEmployeeId) {
        return rows(line.lineOf(managerEmployeeId));
    }

    /** Everyone in active service in the hospital. */
    public List<WorkbenchRow> hospital() {
        return rows(directory.activePeople());
    }

    private List<WorkbenchRow> rows(List<StaffPerson> people) {
        List<String> ids = people.stream().map(StaffPerson::employeeId).toList();
        List<EnrolmentSnapshot> snapshots = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            snapshots.addAll(enrolments.snapshotsOf(ids.subList(from, Math.min(ids.size(), from + SLICE))));
        }
        Map<String, List<Requirement>> required = requirements.of(ids, snapshots);
        // the open enrolment of each person and course, for progress (the latest if there were ever two)
        Map<String, EnrolmentSnapshot> open = snapshots.stream().filter(e -> !e.completed())
                .collect(Collectors.toMap(e -> e.employeeId() + '\n' + e.courseIri(), e -> e,
                        (a, b) -> a.enrolledAt().isAfter(b.enrolledAt()) ? a : b));
        Map<String, String> titles = catalog.courses().stream()
                .collect(Collectors.toMap(CourseSummary::courseIri, CourseSummary::title, (a, b) -> a));
        LocalDate today = time.today();
        List<WorkbenchRow> rows = new ArrayList<>();
        for (StaffPerson person : people) {
            List<Requirement> theirs = required.getOrDefault(person.employeeId(), List.of());
            if (theirs.isEmpty()) {
                rows.add(new WorkbenchRow(person.employeeId(), person.sortName(), person.departmentName(),
                        person.jobRoleTitle(), null, null, WorkbenchState.NONE_ASSIGNED, null, null, 0, ""));
            }
            for (Requirement requirement : theirs) {
                EnrolmentSnapshot enrolment = open.get(person.employeeId() + '\n' + requirement.courseIri());
                WorkbenchState state = WorkbenchState.of(requirement, enrolment, today);
                rows.add(new WorkbenchRow(person.employeeId(), person.sortName(), person.departmentName(),
                        person.jobRoleTitle(), requirement.courseIri(),
                        titles.getOrDefault(requirement.courseIri(), requirement.courseIri()), state,
                        requirement.dueOn(), requirement.lastCompletedOn(),
                        state == WorkbenchState.COMPLETED || enrolment == null ? 0 : enrolment.progress(),
                        requirement.reason()));
            }
        }
        return rows;
    }

    /** The courses required of anyone in these rows, by title: the workbench's course filter offers them. */
    public static List<Map.Entry<String, String>> courses(List<WorkbenchRow> rows) {
        return rows.stream().filter(r -> r.courseIri() != null)
                .collect(Collectors.toMap(WorkbenchRow::courseIri, WorkbenchRow::courseTitle, (a, b) -> a))
                .entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The distinct values of one column of these rows, sorted: the department and job role filters. */
    public static List<String> distinct(List<WorkbenchRow> rows, Function<WorkbenchRow, String> column) {
        return rows.stream().map(column).filter(v -> v != null && !v.isBlank()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
