package org.carelearn.assignment.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.carelearn.assignment.application.RequirementWaivers;
import org.carelearn.assignment.application.RequirementWaivers.WaiverGranted;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.application.AssignmentAuthority;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.time.HospitalTime;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The required training on a person's page (team/member.xhtml for their manager's line, admin/enrolments.xhtml
 * for administrators): each required course with its state, due date and the rules behind it; waiving an open
 * one with a reason and an end date, and ending an active waiver. Shown only to those who may waive for the
 * person; the page around it says who the person is, or that they are out of reach.
 */
@Named
@ViewScoped
public class PersonRequirements implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "employeeId")
    private String employeeId;

    @Inject
    private Requirements requirements;

    @Inject
    private RequirementWaivers waivers;

    @Inject
    private AssignmentAuthority authority;

    @Inject
    private Catalog catalog;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private HospitalTime time;

    private transient List<Line> lines;
    private String courseIri;
    private String reason;
    private LocalDate endsOn;
    private Long waiverId;
    private Boolean visible;
    private String waiverTitle;

    /** Whether the signed-in person may see and waive this person's requirements (asked once per view). */
    public boolean isVisible() {
        if (visible == null) {
            visible = authority.mayWaiveFor(currentPerson.get().orElse(null), employeeId);
        }
        return visible;
    }

    public List<Line> getLines() {
        if (lines == null) {
            lines = !isVisible() ? List.of() : requirements.of(employeeId).stream()
                    .map(r -> new Line(r, catalog.course(r.courseIri()).map(CourseSummary::title)
                            .orElse(r.courseIri())))
                    .toList();
        }
        return lines;
    }

    /** Opens the waiver dialog for one requirement, with an empty reason and no end date. */
    public void choose(String courseIri) {
        this.courseIri = courseIri;
        this.reason = null;
        this.endsOn = null;
    }

    public void waive() {
        try {
            WaiverGranted granted = waivers.grant(currentActor.get(), currentPerson.get().orElse(null), employeeId,
                    courseIri, reason, endsOn);
            Messages.addGlobalInfo("\"{0}\" is waived until {1}.{2}", granted.courseTitle(),
                    time.formatDate(granted.endsOn()), granted.lessonsWaived() == 0 ? ""
                            : " " + granted.lessonsWaived() + (granted.lessonsWaived() == 1 ? " lesson" : " lessons")
                                    + " recorded as waived in the course.");
            lines = null;
        } catch (BusinessRuleException e) {
            Messages.addError("waiver:waiverMessages", "{0}", e.getMessage());
            Faces.validationFailed();
        }
    }

    /** Opens the dialog that asks whether to end this waiver. */
    public void chooseWaiver(long waiverId, String courseTitle) {
        this.waiverId = waiverId;
        this.waiverTitle = courseTitle;
    }

    public void endWaiver() {
        if (waiverId == null) {
            Messages.addGlobalError("Choose the waiver to end");
            return;
        }
        try {
            Requirement now = waivers.revoke(currentActor.get(), currentPerson.get().orElse(null), waiverId);
            Messages.addGlobalInfo("The waiver of \"{0}\" has ended: it is required again{1}.", waiverTitle,
                    now == null || now.dueOn() == null ? "" : ", due " + time.formatDate(now.dueOn()));
            lines = null;
            waiverId = null;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError("{0}", e.getMessage());
        }
    }

    public String getChosenWaiverTitle() {
        return waiverTitle;
    }

    /** The title of the course the waiver dialog is for. */
    public String getChosenTitle() {
        return getLines().stream().filter(l -> l.requirement().courseIri().equals(courseIri)).map(Line::title)
                .findFirst().orElse("");
    }

    public LocalDate getToday() {
        return time.today();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    /** One required course on the page: the requirement and its course's title. */
    public record Line(Requirement requirement, String title) {

        /** Overdue today in the hospital's calendar. */
        public boolean overdue(LocalDate today) {
            return requirement.isOverdue(today);
        }
    }
}
