package org.carelearn.assignment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.RequiredTraining;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffPerson;

/**
 * team/index.xhtml, a manager's team page: their direct reports and, for each, how many of their required
 * courses are complete, how many are overdue and what is due next. Read for the whole team at once.
 */
@Named
@RequestScoped
public class TeamRequirements {

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private LineOfAuthority line;

    @Inject
    private Requirements requirements;

    private List<StaffPerson> members;
    private Map<String, RequiredTraining> standing;

    /** The people who report to the signed-in manager directly; nobody for anyone else. */
    public List<StaffPerson> getMembers() {
        if (members == null) {
            members = currentPerson.get().filter(me -> me.has(Role.MANAGER))
                    .map(me -> line.directReportsOf(me.employeeId())).orElse(List.of());
        }
        return members;
    }

    public RequiredTraining of(StaffPerson member) {
        if (standing == null) {
            standing = requirements.standingOf(getMembers().stream().map(StaffPerson::employeeId).toList());
        }
        return standing.getOrDefault(member.employeeId(), RequiredTraining.NONE);
    }

    /** "2 of 3 complete", "All 3 complete" or "None assigned". */
    public String summary(RequiredTraining training) {
        if (training.isNone()) {
            return "None assigned";
        }
        return training.isAllComplete() ? "All " + training.required() + " complete"
                : training.completed() + " of " + training.required() + " complete";
    }
}
