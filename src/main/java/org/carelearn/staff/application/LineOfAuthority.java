package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carelearn.staff.domain.ReportingLines;
import org.carelearn.staff.domain.StaffRepository;

/**
 * The one place that answers a manager's questions of authority: who reports to me, is this person mine, who is
 * anywhere in my line. Every page where a manager acts asks here; the answers are {@link StaffPerson} records, so
 * no staff entity leaves the context.
 */
@ApplicationScoped
public class LineOfAuthority {

    private static final Comparator<StaffPerson> BY_SORT_NAME = Comparator.comparing(StaffPerson::sortName,
            String.CASE_INSENSITIVE_ORDER).thenComparing(StaffPerson::employeeId);

    @Inject
    private StaffRepository staff;

    /** The people who report to the manager directly, as the directory orders them; none for an unknown id. */
    public List<StaffPerson> directReportsOf(String managerEmployeeId) {
        return staff.findByEmployeeId(normalized(managerEmployeeId))
                .map(manager -> staff.directReportsOf(manager).stream().map(StaffPerson::of).toList())
                .orElse(List.of());
    }

    /**
     * The person, when they report to the manager directly; empty otherwise, whether or not they exist, so that
     * a caller tells nothing about people outside the manager's team.
     */
    public Optional<StaffPerson> directReport(String managerEmployeeId, String employeeId) {
        if (managerEmployeeId == null || employeeId == null) {
            return Optional.empty();
        }
        return staff.findByEmployeeId(normalized(employeeId)).filter(m -> m.reportsTo(managerEmployeeId))
                .map(StaffPerson::of);
    }

    /**
     * The person, when they are anywhere in the manager's line (a direct report, a report's report, and so on);
     * empty otherwise, whether or not they exist.
     */
    public Optional<StaffPerson> inLine(String managerEmployeeId, String employeeId) {
        if (!isInLine(managerEmployeeId, employeeId)) {
            return Optional.empty();
        }
        return staff.findByEmployeeId(normalized(employeeId)).map(StaffPerson::of);
    }

    /** Whether the person is anywhere below the manager: a direct report, a report's report, and so on. */
    public boolean isInLine(String managerEmployeeId, String employeeId) {
        if (managerEmployeeId == null || employeeId == null) {
            return false;
        }
        // The ids of the managers above the person, in one query: building the whole tree from every staff member's
        // key read 20,000 rows for each profile a manager opened, and walking up entity by entity read each
        // manager's row, department and job role (CompetencyBench, README "Benchmarks").
        return staff.managersAbove(normalized(employeeId)).contains(normalized(managerEmployeeId));
    }

    /** Everyone in active service anywhere below the manager, by name. */
    public List<StaffPerson> lineOf(String managerEmployeeId) {
        if (managerEmployeeId == null) {
            return List.of();
        }
        return staff.findByEmployeeIds(new ReportingLines(staff.keys()).below(normalized(managerEmployeeId)))
                .values().stream().map(StaffPerson::of).filter(StaffPerson::active).sorted(BY_SORT_NAME).toList();
    }

    private static String normalized(String employeeId) {
        return employeeId.strip().toUpperCase(Locale.ROOT);
    }
}
