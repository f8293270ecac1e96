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
 * team/member.xhtml: a manager reads the enrolments of one person in their line (a direct report or anyone
 * below) and each lesson's result. Anyone else, existing or not, gets the same answer, so the page tells nothing
 * about them.
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
        member = line.inLine(currentPerson.employeeId(), employeeId).orElse(null);
        if (member == null) {
            Messages.addGlobalError("No one with employee id {0} is in your line.",
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
