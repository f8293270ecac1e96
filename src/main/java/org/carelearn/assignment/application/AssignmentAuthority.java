package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffPerson;

/**
 * Who may see which rules, read whose requirements and waive whose training. An administrator may do anything; a
 * manager sees the rules of their own line, reads and waives the requirements of the people in it; everyone reads
 * their own requirements. Whether a person is in a manager's line is staff's answer ({@link LineOfAuthority}).
 * What a manager's rule may target is the domain's rule, {@link org.carelearn.assignment.domain.ManagerAuthority},
 * applied by {@link AssignmentRules#createInLine}.
 */
@ApplicationScoped
public class AssignmentAuthority {

    @Inject
    private LineOfAuthority line;

    /** Whether the person may make, end or read rules at all (administrators and managers). */
    public boolean managesRules(SignedInPerson who) {
        return who.has(Role.ADMIN) || who.has(Role.MANAGER);
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
            // a manager's department or job role rule applies within their line (or that of someone in it)
            case DEPARTMENT, JOB_ROLE, JOB_ROLE_IN_DEPARTMENT -> rule.getTarget().withinLineOfManager() != null
                    && mine.contains(key(rule.getTarget().withinLineOfManager()));
        };
    }

    /** Whether the person may read someone's requirements: their own, anyone's in their line, or anyone's. */
    public boolean mayRead(SignedInPerson who, String employeeId) {
        return who.has(Role.ADMIN) || same(who.employeeId(), employeeId)
                || who.has(Role.MANAGER) && line.isInLine(who.employeeId(), employeeId);
    }

    /** Whether the person may waive someone's training (and see it on their page): an admin, or their manager. */
    public boolean mayWaiveFor(SignedInPerson by, String employeeId) {
        return by != null && employeeId != null && (by.has(Role.ADMIN)
                || by.has(Role.MANAGER) && line.isInLine(by.employeeId(), employeeId));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String employeeId) {
        return employeeId.strip().toUpperCase(Locale.ROOT);
    }
}
