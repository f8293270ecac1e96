package org.carelearn.assignment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.RequiredTraining;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.web.HomePage;

/**
 * The "Required training" column of a manager's team page: for each direct report, how many of their required
 * courses are complete, how many are overdue and what is due next. Read for the whole team at once.
 */
@Named
@RequestScoped
public class TeamRequirements {

    @Inject
    private HomePage homePage;

    @Inject
    private Requirements requirements;

    private Map<String, RequiredTraining> standing;

    public RequiredTraining of(String employeeId) {
        if (standing == null) {
            standing = requirements.standingOf(
                    homePage.getDirectReports().stream().map(StaffMember::getEmployeeId).toList());
        }
        return standing.getOrDefault(employeeId, RequiredTraining.NONE);
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
