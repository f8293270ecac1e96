package org.carelearn.assignment.application;

import java.util.List;

/**
 * These people's requirements were evaluated again (a rule made or ended, a placement changed, a completion, the
 * round sweep): fired in the transaction that did it, so that the workbench's read model follows once it commits.
 */
public record RequirementsReevaluated(List<String> employeeIds) {

    public RequirementsReevaluated {
        employeeIds = List.copyOf(employeeIds);
    }
}
