package org.carelearn.casework.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.carelearn.casework.application.CaseValidation;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * "Validate from this case" on cases/case.xhtml, for an approved validator who sees the case whole: choose the
 * person and the competency (service recovery, say), then competency's own validation form opens.
 */
@Named
@ViewScoped
public class CaseValidationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "id")
    private String id;

    @Inject
    private CaseValidation validation;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private CaseValidation.Choice choice;
    private String employeeId;
    private String competencyIdentifier;

    public CaseValidation.Choice getChoice() {
        if (choice == null) {
            choice = validation.choice(currentActor.get(), currentPerson.get().orElseThrow(), id);
        }
        return choice;
    }

    public String begin() {
        try {
            long request = validation.begin(currentActor.get(), currentPerson.get().orElseThrow(), id, employeeId,
                    competencyIdentifier);
            return "/competency/validate?faces-redirect=true&request=" + request;
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
}
