package org.carelearn.learning.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.learning.application.CourseOverview;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.Waivers;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * admin/enrolments.xhtml: one staff member's enrolments and where each lesson stands, and waiving a
 * lesson whose requirements they met another way (cmi5 9.3.7), with the reason recorded.
 */
@Named
@ViewScoped
public class LearnerEnrolments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "employeeId")
    private String employeeId;

    @Inject
    private Enrolments enrolments;

    @Inject
    private Waivers waivers;

    @Inject
    private StaffDirectory directory;

    @Inject
    private CurrentActor currentActor;

    private String person;
    private transient List<CourseOverview> overviews;
    private String reason = Waivers.REASONS.get(0);

    public void load() {
        StaffPerson member = employeeId == null ? null : directory.person(employeeId).orElse(null);
        if (member == null) {
            Messages.addGlobalError("No staff member with employee id {0}", employeeId == null ? "(none)" : employeeId);
            return;
        }
        person = member.displayName();
    }

    public List<CourseOverview> getOverviews() {
        if (overviews == null) {
            overviews = person == null ? List.of() : enrolments.overviewsOf(employeeId);
        }
        return overviews;
    }

    public void waive(long enrolmentId, String auIri) {
        try {
            waivers.waive(currentActor.get(), enrolmentId, auIri, reason);
            Messages.addGlobalInfo("Waived ({0}). The lesson now counts as met.", reason);
            overviews = null;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<String> getReasons() {
        return Waivers.REASONS;
    }

    public String getPerson() {
        return person;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
