package org.carelearn.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.carelearn.casework.application.CaseCompetencyLinks;
import org.carelearn.casework.application.CompetencyLookup;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Case categories' competencies (cases/competencies.xhtml): which competencies each category needs and which
 * every grievance's owner must hold, for an administrator or a patient relations manager; anyone else gets 403.
 */
@Named
@RequestScoped
public class CaseCompetencySettings {

    @Inject
    private CaseCompetencyLinks links;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private String appliesTo;
    private String competencyIdentifier;
    private List<CaseCompetencyLinks.Link> shown;

    public void load() throws IOException {
        if (!CaseCompetencyLinks.mayConfigure(currentPerson.get().orElse(null))) {
            Faces.responseSendError(403, "For administrators and patient relations managers");
        }
    }

    public String add() {
        return act(() -> links.add(currentActor.get(), currentPerson.get().orElseThrow(), appliesTo,
                competencyIdentifier), "Link added.");
    }

    public String remove(String target, String competency) {
        return act(() -> links.remove(currentActor.get(), currentPerson.get().orElseThrow(), target, competency),
                "Link removed.");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(done);
            return "/cases/competencies?faces-redirect=true";
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public List<CaseCompetencyLinks.Link> getLinks() {
        if (shown == null) {
            shown = links.links();
        }
        return shown;
    }

    public List<CaseCompetencyLinks.Target> getTargets() {
        return links.targets();
    }

    public List<CompetencyLookup.Competency> getCompetencies() {
        return links.competencies();
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public void setCompetencyIdentifier(String competencyIdentifier) {
        this.competencyIdentifier = competencyIdentifier;
    }
}
