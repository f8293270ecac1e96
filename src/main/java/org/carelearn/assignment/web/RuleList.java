package org.carelearn.assignment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleSummary;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.omnifaces.util.Messages;

/** The active rules on admin/assignments.xhtml, each with "End rule". */
@Named
@ViewScoped
public class RuleList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignmentRules rules;

    @Inject
    private CurrentActor currentActor;

    private List<RuleSummary> active;

    @PostConstruct
    void load() {
        active = rules.activeRuleSummaries();
    }

    public List<RuleSummary> getActive() {
        return active;
    }

    /** Ends the rule: what only it required is required no more; its assignments stay as history. */
    public void end(RuleSummary rule) {
        try {
            rules.end(currentActor.get(), rule.id());
            Messages.addGlobalInfo("The rule \"" + rule.name() + "\" has ended: what only it required is no longer"
                    + " required of anyone; their enrolments and progress stay.");
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
        load();
    }
}
