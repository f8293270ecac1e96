package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffPerson;

/**
 * Who may assign what and see whose requirements. An administrator may do anything; a manager assigns only
 * within their own line (a person in it, their own team or line, or the team or line of someone in it) and sees
 * the requirements of the people in it; everyone sees their own requirements. Whether a person is in a
 * manager's line is staff's answer ({@link LineOfAuthority}).
 */
@ApplicationScoped
public class AssignmentAuthority {

    @Inject
    private LineOfAuthority line;

    /** Whether the person may make, end or read rules at all (administrators and managers). */
    public boolean managesRules(SignedInPerson who) {
        return who.has(Role.ADMIN) || who.has(Role.MANAGER);
    }

    /**
     * Refuses a target outside a manager's line, with the reason; a target missing its kind or person is left
     * for the rule itself to refuse, with its own message.
     */
    public void requireMayAssign(SignedInPerson who, TargetKind kind, String employeeId) {
        if (who.has(Role.ADMIN) || kind == null) {
            return;
        }
        if (!who.has(Role.MANAGER)) {
            throw new BusinessRuleException("Only managers and administrators assign training");
        }
        switch (kind) {
            case PERSON, DIRECT_REPORTS, WHOLE_LINE -> {
                if (employeeId == null || employeeId.isBlank()) {
                    return;
                }
                boolean self = kind != TargetKind.PERSON && same(who.employeeId(), employeeId);
                if (!self && !line.isInLine(who.employeeId(), employeeId.strip())) {
                    throw new BusinessRuleException("You can assign training only within your own line: "
                            + employeeId.strip() + " does not report to you");
                }
            }
            case DEPARTMENT, JOB_ROLE, JOB_ROLE_IN_DEPARTMENT -> throw new BusinessRuleException(
                    "You can assign training only within your own line: a department or a job role reaches people"
                            + " outside it, so an administrator assigns those");
        }
    }

    /** Which rules the person may see: all for an administrator, those within their line for a manager. */
    public Predicate<AssignmentRule> visibleTo(SignedInPerson who) {
        if (who.has(Role.ADMIN)) {
            return rule -> true;
        }
        if (!who.has(Role.MANAGER)) {
            return rule -> false;
        }
        Set<String> mine = new HashSet<>();
        mine.add(key(who.employeeId()));
        line.lineOf(who.employeeId()).stream().map(StaffPerson::employeeId).map(AssignmentAuthority::key)
                .forEach(mine::add);
        return rule -> switch (rule.getTarget().getKind()) {
            case PERSON -> !same(who.employeeId(), rule.getTarget().getEmployeeId())
                    && mine.contains(key(rule.getTarget().getEmployeeId()));
            case DIRECT_REPORTS, WHOLE_LINE -> mine.contains(key(rule.getTarget().getEmployeeId()));
            case DEPARTMENT, JOB_ROLE, JOB_ROLE_IN_DEPARTMENT -> false;
        };
    }

    /** Whether the person may read someone's requirements: their own, anyone's in their line, or anyone's. */
    public boolean mayRead(SignedInPerson who, String employeeId) {
        return who.has(Role.ADMIN) || same(who.employeeId(), employeeId)
                || who.has(Role.MANAGER) && line.isInLine(who.employeeId(), employeeId);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String employeeId) {
        return employeeId.strip().toUpperCase(Locale.ROOT);
    }
}
