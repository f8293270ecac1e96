package org.carelearn.assignment.domain;

import java.util.Optional;
import org.carelearn.platform.BusinessRuleException;

/**
 * What a manager may assign, and to whom. An administrator's rule may target anyone in the hospital; a manager's
 * rule reaches only people in their own line (every level below them), never beyond it:
 * <ul>
 * <li>one person: someone in the manager's line;</li>
 * <li>direct reports or a whole line: the manager's own, or those of someone in their line;</li>
 * <li>a department, a job role, or a job role within a department: only the people of it who are in the
 * manager's line, now and later ({@link Target#withinLineOf}). A manager of a unit can so require a course of
 * every oncology nurse of the unit without reaching the nurses of other managers.</li>
 * </ul>
 * Refusing a person outside the line says nothing about whether they exist.
 */
public final class ManagerAuthority {

    private ManagerAuthority() {
    }

    /**
     * The target as the manager's rule will hold it, or a refusal.
     *
     * @param named the person the target names (the one person, or the manager whose team or line it is), if
     *        that person is in the directory; ignored for department and job role targets
     */
    public static Target limit(Target target, String managerEmployeeId, Optional<Person> named) {
        return switch (target.getKind()) {
            case DEPARTMENT, JOB_ROLE, JOB_ROLE_IN_DEPARTMENT -> target.withinLineOf(managerEmployeeId);
            case PERSON -> {
                if (named.filter(p -> inLine(p, managerEmployeeId)).isEmpty()) {
                    throw new BusinessRuleException("You can assign training only to people in your line: "
                            + target.getEmployeeId() + " is not one of them");
                }
                yield target;
            }
            case DIRECT_REPORTS, WHOLE_LINE -> {
                boolean own = target.getEmployeeId().equalsIgnoreCase(managerEmployeeId);
                if (!own && named.filter(p -> inLine(p, managerEmployeeId)).isEmpty()) {
                    throw new BusinessRuleException("You can assign training only within your line: "
                            + target.getEmployeeId() + " is neither you nor anyone in your line");
                }
                yield target;
            }
        };
    }

    private static boolean inLine(Person person, String managerEmployeeId) {
        return person.managers().stream().anyMatch(managerEmployeeId::equalsIgnoreCase);
    }
}
