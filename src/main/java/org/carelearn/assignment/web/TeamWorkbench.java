package org.carelearn.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.carelearn.assignment.application.Workbench;
import org.carelearn.assignment.application.WorkbenchScope;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;

/**
 * team/index.xhtml, the manager's workbench: everyone in their line (every level below them) with each course
 * required of them and where they stand; nobody for anyone who is not a manager.
 */
@Named
@ViewScoped
public class TeamWorkbench extends WorkbenchPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private Workbench workbench;

    @Override
    Optional<WorkbenchScope> scope() {
        return currentPerson.get().filter(me -> me.has(Role.MANAGER))
                .map(me -> WorkbenchScope.lineOf(me.employeeId()));
    }

    @Override
    Workbench workbench() {
        return workbench;
    }

    @Override
    protected String exportPath() {
        return "team/workbench";
    }
}
