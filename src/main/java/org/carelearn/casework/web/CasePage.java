package org.carelearn.casework.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.carelearn.casework.application.CaseReading;
import org.carelearn.casework.application.CaseView;
import org.carelearn.casework.application.CaseWork;
import org.carelearn.casework.domain.WrittenResponse;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.SignedInPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One case (cases/case.xhtml?id=…): the whole case for those who may see it whole, and its work for patient
 * relations and the owner; for staff it only names, that it names them and its outcome. A case the person may
 * not see is the site's not-found page, exactly as for an id that does not exist.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "id")
    private String id;

    @Inject
    private CaseReading reading;

    @Inject
    private CaseWork work;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private CaseView view;
    private String text;
    private LocalDate sentOn;
    private LocalDate newDueOn;
    private String contactPerson;
    private String stepsTaken;
    private String results;
    private LocalDate completedOn;

    public void load() throws IOException {
        view = reading.view(currentActor.get(), person(), id).orElse(null);
        if (view == null) {
            Faces.responseSendError(404, "No such case");
        }
    }

    private SignedInPerson person() {
        return currentPerson.get().orElseThrow();
    }

    /** One step of the case's work; the page shows the case again (Post-Redirect-Get) or the refusal. */
    private interface Step {
        void run(Actor actor, SignedInPerson person, String caseId);
    }

    private String step(Step step, String done) {
        try {
            step.run(currentActor.get(), person(), id);
            Messages.addFlashGlobalInfo(done);
            return "/cases/case?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public String acknowledge() {
        return step(work::acknowledge, "Acknowledged.");
    }

    public String investigate() {
        return step(work::startInvestigation, "Investigation started.");
    }

    public String addNote() {
        return step((a, p, c) -> work.addNote(a, p, c, text), "Note added.");
    }

    public String addRecovery() {
        return step((a, p, c) -> work.addServiceRecovery(a, p, c, text), "Service-recovery action added.");
    }

    public String makeGrievance() {
        return step((a, p, c) -> work.becomeGrievance(a, p, c, text), "The case is now a grievance; its clock runs.");
    }

    public String followUp() {
        return step((a, p, c) -> work.recordFollowUpNotice(a, p, c, sentOn, newDueOn), "Follow-up notice recorded.");
    }

    public String respond() {
        return step((a, p, c) -> work.respond(a, p, c, new WrittenResponse(contactPerson, stepsTaken, results,
                completedOn)), "Written response recorded; print the letter below.");
    }

    public String close() {
        return step((a, p, c) -> work.close(a, p, c, text), "Case closed.");
    }

    public String reopen() {
        return step((a, p, c) -> work.reopen(a, p, c, text), "Case reopened.");
    }

    public CaseView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getStepsTaken() {
        return stepsTaken;
    }

    public void setStepsTaken(String stepsTaken) {
        this.stepsTaken = stepsTaken;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
