package org.carelearn.casework.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.casework.application.CaseReview;
import org.carelearn.casework.domain.CaseGap;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The case review on cases/case.xhtml: the competency gaps recorded for the staff the case names, each with its
 * progress ("Completed on …" once the targeted course is done); a manager of the owner or of someone named records
 * one, and a manager of that person approves it into a requirement.
 */
@Named
@ViewScoped
public class CaseReviewPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "id")
    private String id;

    @Inject
    private CaseReview reviews;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private CaseReview.Review review;
    private String employeeId;
    private String competencyIdentifier;
    private CaseGap.Remedy remedy = CaseGap.Remedy.COURSE;
    private String courseIri;
    private String note;

    public CaseReview.Review getReview() {
        if (review == null) {
            review = reviews.review(currentActor.get(), currentPerson.get().orElseThrow(), id);
        }
        return review;
    }

    public CaseGap.Remedy[] getRemedies() {
        return CaseGap.Remedy.values();
    }

    public String recordGap() {
        return act(() -> reviews.recordGap(currentActor.get(), currentPerson.get().orElseThrow(), id, employeeId,
                competencyIdentifier, remedy, remedy == CaseGap.Remedy.COURSE ? courseIri : null, note),
                "Competency gap recorded; it waits for the approval of a manager of the person.");
    }

    public String approve(long gapId) {
        return act(() -> reviews.approve(currentActor.get(), currentPerson.get().orElseThrow(), id, gapId),
                "Gap approved: the requirement is theirs now.");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(done);
            return "/cases/case?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(String employeeId) {
        this.employeeId = employeeId;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public void setCompetencyIdentifier(String competencyIdentifier) {
        this.competencyIdentifier = competencyIdentifier;
    }

    public CaseGap.Remedy getRemedy() {
        return remedy;
    }

    public void setRemedy(CaseGap.Remedy remedy) {
        this.remedy = remedy;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public void setCourseIri(String courseIri) {
        this.courseIri = courseIri;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
