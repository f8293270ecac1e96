package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.learning.application.CourseOverview;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.web.CurrentUser;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * team/member.xhtml: a manager reads one direct report's enrolments and each lesson's result. Only their own
 * direct reports: anyone else, existing or not, gets the same answer, so the page tells nothing about them.
 */
@Named
@RequestScoped
public class TeamMemberTraining {

    @Inject
    @Param(name = "employeeId")
    private String employeeId;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Enrolments enrolments;

    private StaffMember member;
    private List<CourseOverview> overviews;

    public void load() {
        member = employeeId == null ? null : directory.find(employeeId)
                .filter(m -> m.reportsTo(currentUser.getEmployeeId())).orElse(null);
        if (member == null) {
            Messages.addGlobalError("No one with employee id {0} reports to you.",
                    employeeId == null ? "(none)" : employeeId);
        }
    }

    public StaffMember getMember() {
        return member;
    }

    public List<CourseOverview> getOverviews() {
        if (overviews == null) {
            overviews = member == null ? List.of() : enrolments.overviewsOf(member.getEmployeeId());
        }
        return overviews;
    }
}
