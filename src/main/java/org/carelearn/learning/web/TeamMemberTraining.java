package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.learning.application.CourseOverview;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffPerson;
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
    private CurrentPerson currentPerson;

    @Inject
    private LineOfAuthority line;

    @Inject
    private Enrolments enrolments;

    private StaffPerson member;
    private List<CourseOverview> overviews;

    public void load() {
        member = line.directReport(currentPerson.employeeId(), employeeId).orElse(null);
        if (member == null) {
            Messages.addGlobalError("No one with employee id {0} reports to you.",
                    employeeId == null ? "(none)" : employeeId);
        }
    }

    public StaffPerson getMember() {
        return member;
    }

    public List<CourseOverview> getOverviews() {
        if (overviews == null) {
            overviews = member == null ? List.of() : enrolments.overviewsOf(member.employeeId());
        }
        return overviews;
    }
}
