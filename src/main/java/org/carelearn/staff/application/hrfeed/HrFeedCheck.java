package org.carelearn.staff.application.hrfeed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.EmailAddress;
import org.carelearn.staff.domain.PersonName;
import org.carelearn.staff.domain.StaffKey;
import org.carelearn.staff.domain.StaffMember;

/**
 * Checks a whole feed against itself and against the directory as it would be after the import, and
 * orders the good rows so that every manager is written before their reports.
 *
 * <p>It holds no database: the caller hands it the directory's facts, which keeps every rule of the feed
 * in one class that a plain unit test can exercise.
 */
public final class HrFeedCheck {

    /** The directory's facts the check needs. */
    public record Directory(Collection<StaffKey> staff, Map<String, Boolean> departmentActive,
            Map<String, Boolean> jobRoleActive, Set<String> usernames) {
    }

    /** A row that passed, in normalized form. */
    public record PlannedRow(long line, String employeeId, PersonName name, String email, String departmentCode,
            String jobRoleCode, String managerEmployeeId, LocalDate hireDate, boolean active, String username,
            boolean isNew) {
    }

    /** The outcome: rows to write (manager first), or the reasons nothing may be written. */
    public record Plan(List<PlannedRow> rows, List<RowProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final Directory directory;
    private final Map<String, StaffKey> existing = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();

    public HrFeedCheck(Directory directory) {
        this.directory = directory;
        directory.staff().forEach(key -> existing.put(key.employeeId(), key));
    }

    public Plan check(List<HrRow> rows) {
        Map<String, PlannedRow> planned = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (HrRow row : rows) {
            String id = row.employeeId().strip().toUpperCase(Locale.ROOT);
            Long earlier = id.isEmpty() ? null : firstLine.putIfAbsent(id, row.line());
            if (earlier != null) {
                problem(row, "employee id " + id + " also appears on line " + earlier);
                continue;
            }
            PlannedRow good = checkFields(row);
            if (good != null) {
                planned.put(good.employeeId(), good);
            }
        }
        checkEmails(planned);
        checkUsernames(planned);
        checkManagers(planned);
        problems.sort(null);
        if (!problems.isEmpty()) {
            return new Plan(List.of(), List.copyOf(problems));
        }
        return new Plan(managersFirst(planned), List.of());
    }

    private PlannedRow checkFields(HrRow row) {
        int before = problems.size();
        String employeeId = rule(row, () -> StaffMember.normalizeEmployeeId(row.employeeId()));
        PersonName name = rule(row, () -> new PersonName(row.givenName(), row.familyName()));
        String email = rule(row, () -> EmailAddress.normalize(row.email()));
        String department = code(row.departmentCode());
        String jobRole = code(row.jobRoleCode());
        StaffKey current = employeeId == null ? null : existing.get(employeeId);
        if (!directory.departmentActive().containsKey(department)) {
            problem(row, "department code '" + row.departmentCode() + "' is not in the directory");
        } else if (!directory.departmentActive().get(department)
                && (current == null || !department.equals(current.departmentCode()))) {
            problem(row, "department " + department + " is inactive");
        }
        if (!directory.jobRoleActive().containsKey(jobRole)) {
            problem(row, "job role code '" + row.jobRoleCode() + "' is not in the directory");
        } else if (!directory.jobRoleActive().get(jobRole)
                && (current == null || !jobRole.equals(current.jobRoleCode()))) {
            problem(row, "job role " + jobRole + " is inactive");
        }
        LocalDate hireDate = null;
        try {
            hireDate = LocalDate.parse(row.hireDate());
        } catch (DateTimeParseException e) {
            problem(row, "hire date '" + row.hireDate() + "' is not a date in the form YYYY-MM-DD");
        }
        Boolean active = activeFlag(row);
        String manager = row.managerEmployeeId().isBlank() ? null : code(row.managerEmployeeId());
        String username = null;
        if (employeeId != null && current == null) {
            String typed = row.username().isBlank() ? employeeId : row.username();
            username = rule(row, () -> Account.normalizeUsername(typed));
        }
        if (problems.size() > before) {
            return null;
        }
        return new PlannedRow(row.line(), employeeId, name, email, department, jobRole, manager, hireDate, active,
                username, current == null);
    }

    private Boolean activeFlag(HrRow row) {
        return switch (row.active().toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "y", "1", "active" -> Boolean.TRUE;
            case "false", "no", "n", "0", "inactive" -> Boolean.FALSE;
            default -> {
                problem(row, "active must be true or false (was '" + row.active() + "')");
                yield null;
            }
        };
    }

    private void checkEmails(Map<String, PlannedRow> planned) {
        Map<String, String> ownerOfEmail = new HashMap<>();
        existing.values().stream().filter(key -> !planned.containsKey(key.employeeId()))
                .forEach(key -> ownerOfEmail.put(key.email(), key.employeeId()));
        Map<String, PlannedRow> firstInFile = new HashMap<>();
        for (PlannedRow row : planned.values()) {
            String owner = ownerOfEmail.get(row.email());
            PlannedRow sameInFile = firstInFile.putIfAbsent(row.email(), row);
            if (owner != null) {
                problem(row, "e-mail " + row.email() + " belongs to " + owner);
            } else if (sameInFile != null) {
                problem(row, "e-mail " + row.email() + " is also given on line " + sameInFile.line());
            }
        }
    }

    private void checkUsernames(Map<String, PlannedRow> planned) {
        Map<String, PlannedRow> taken = new HashMap<>();
        for (PlannedRow row : planned.values()) {
            if (row.username() == null) {
                continue;
            }
            PlannedRow earlier = taken.putIfAbsent(row.username(), row);
            if (directory.usernames().contains(row.username())) {
                problem(row, "user name " + row.username() + " is already taken");
            } else if (earlier != null) {
                problem(row, "user name " + row.username() + " is also given on line " + earlier.line());
            }
        }
    }

    /** Every manager must exist and be active after the import, and no chain may loop. */
    private void checkManagers(Map<String, PlannedRow> planned) {
        for (PlannedRow row : planned.values()) {
            String manager = row.managerEmployeeId();
            if (manager == null) {
                continue;
            }
            if (manager.equals(row.employeeId())) {
                problem(row, "a staff member cannot be their own manager");
                continue;
            }
            Boolean managerActive = planned.containsKey(manager) ? Boolean.valueOf(planned.get(manager).active())
                    : existing.containsKey(manager) ? Boolean.valueOf(existing.get(manager).active()) : null;
            if (managerActive == null) {
                problem(row, "manager " + manager + " is neither in the directory nor in this file");
            } else if (!managerActive && row.active()) {
                problem(row, "manager " + manager + " is inactive");
            } else if (loops(row.employeeId(), planned)) {
                problem(row, "the manager chain from " + row.employeeId() + " loops back to " + row.employeeId());
            }
        }
    }

    private boolean loops(String start, Map<String, PlannedRow> planned) {
        Set<String> seen = new HashSet<>();
        String current = managerAfterImport(start, planned);
        while (current != null) {
            if (current.equals(start)) {
                return true;
            }
            if (!seen.add(current)) {
                return false; // a loop above this row, reported on a row that is part of it
            }
            current = managerAfterImport(current, planned);
        }
        return false;
    }

    private String managerAfterImport(String employeeId, Map<String, PlannedRow> planned) {
        PlannedRow row = planned.get(employeeId);
        if (row != null) {
            return row.managerEmployeeId();
        }
        StaffKey key = existing.get(employeeId);
        return key == null ? null : key.managerEmployeeId();
    }

    /** Depth-first, so that each manager in the file comes before everyone who reports to them. */
    private static List<PlannedRow> managersFirst(Map<String, PlannedRow> planned) {
        List<PlannedRow> ordered = new ArrayList<>(planned.size());
        Set<String> placed = new HashSet<>();
        for (PlannedRow row : planned.values()) {
            List<PlannedRow> chain = new ArrayList<>();
            for (PlannedRow up = row; up != null && !placed.contains(up.employeeId());
                    up = up.managerEmployeeId() == null ? null : planned.get(up.managerEmployeeId())) {
                chain.add(up);
                placed.add(up.employeeId());
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                ordered.add(chain.get(i));
            }
        }
        return ordered;
    }

    private <T> T rule(HrRow row, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (BusinessRuleException e) {
            problem(row, lowerFirst(e.getMessage()));
            return null;
        }
    }

    private static String code(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private void problem(HrRow row, String reason) {
        problems.add(new RowProblem(row.line(), row.employeeId(), reason));
    }

    private void problem(PlannedRow row, String reason) {
        problems.add(new RowProblem(row.line(), row.employeeId(), reason));
    }
}
