package org.carelearn.casework.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.casework.application.CaseOwnership;
import org.carelearn.casework.application.CasePeople;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The owner dialog of a case (on cases/case.xhtml, for those who work it): the candidates (the person's team, the
 * current owner, anyone looked up) with their standing today in each competency the case needs, and giving the
 * case to one of them. A refusal (a grievance to someone not competent in grievance handling, without a manager's
 * reason) says why and changes nothing.
 */
@Named
@ViewScoped
public class CaseOwnerDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "id")
    private String id;

    @Inject
    private CaseOwnership ownership;

    @Inject
    private CasePeople people;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private CaseOwnership.Choice choice;
    private final List<String> lookedUp = new ArrayList<>();
    private String someoneElse;
    private String overrideReason;

    public CaseOwnership.Choice getChoice() {
        if (choice == null) {
            choice = ownership.choice(currentActor.get(), currentPerson.get().orElseThrow(), id, lookedUp);
        }
        return choice;
    }

    /** Adds the person typed in the search box to the candidates, with their standing. */
    public void lookUp() {
        if (someoneElse == null || someoneElse.isBlank()) {
            Messages.addGlobalError("Type a name or an employee id to look someone up");
            return;
        }
        lookedUp.add(CaseForms.idOf(someoneElse));
        choice = null;
        someoneElse = null;
    }

    public String give(String employeeId) {
        try {
            boolean overridden = ownership.give(currentActor.get(), currentPerson.get().orElseThrow(), id, employeeId,
                    overrideReason);
            Messages.addFlashGlobalInfo(overridden ? "Owner changed by your override; the reason is kept on the case."
                    : "Owner changed.");
            return "/cases/case?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public List<String> suggestPeople(String query) {
        return people.suggestions(query, 10);
    }

    public String getSomeoneElse() {
        return someoneElse;
    }

    public void setSomeoneElse(String someoneElse) {
        this.someoneElse = someoneElse;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
