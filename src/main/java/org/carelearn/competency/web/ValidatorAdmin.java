package org.carelearn.competency.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.validation.ApprovalView;
import org.carelearn.competency.application.validation.ValidatorApprovals;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.StaffDirectory;
import org.omnifaces.util.Messages;

/**
 * admin/validators.xhtml: who is approved to validate which competency by observation; approving someone (with
 * or without their own manager) and withdrawing an approval.
 */
@Named
@ViewScoped
public class ValidatorAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ValidatorApprovals approvals;

    @Inject
    private Frameworks frameworks;

    @Inject
    private StaffDirectory directory;

    @Inject
    private CurrentActor currentActor;

    private List<ApprovalView> active;
    private List<CompetencyEntry> competencies;
    private String person;
    private String competency;
    private boolean mayValidateOwnManager;

    @PostConstruct
    void load() {
        active = approvals.active();
        competencies = frameworks.competencies();
    }

    public void approve() {
        try {
            approvals.approve(currentActor.get(), employeeIdOf(person), competency, mayValidateOwnManager);
            Messages.addGlobalInfo("Approved: {0} may validate {1}.", person.strip(), titleOf(competency));
            person = null;
            mayValidateOwnManager = false;
            active = approvals.active();
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void withdraw(ApprovalView approval) {
        try {
            approvals.withdraw(currentActor.get(), approval.id());
            Messages.addGlobalInfo("{0} no longer validates {1}.", approval.validatorName(),
                    approval.competencyTitle());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
        active = approvals.active();
    }

    /** Suggestions as "LR3002 Aisha Bello": the employee id first, which {@link #approve} reads back. */
    public List<String> suggestPeople(String typed) {
        return directory.peopleMatching(typed, 10).stream().filter(p -> p.active())
                .map(p -> p.employeeId() + " " + p.displayName()).toList();
    }

    private static String employeeIdOf(String typed) {
        String text = typed == null ? "" : typed.strip();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private String titleOf(String identifier) {
        return competencies.stream().filter(c -> c.identifier().equals(identifier)).map(CompetencyEntry::title)
                .findFirst().orElse(identifier);
    }

    public List<ApprovalView> getActive() {
        return active;
    }

    public List<CompetencyEntry> getCompetencies() {
        return competencies;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getCompetency() {
        return competency;
    }

    public void setCompetency(String competency) {
        this.competency = competency;
    }

    public boolean isMayValidateOwnManager() {
        return mayValidateOwnManager;
    }

    public void setMayValidateOwnManager(boolean mayValidateOwnManager) {
        this.mayValidateOwnManager = mayValidateOwnManager;
    }
}
