package org.carelearn.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.reporting.application.pack.PackSummaryRow;
import org.carelearn.reporting.application.pack.PackView;
import org.carelearn.reporting.application.pack.SurveyPacks;
import org.carelearn.staff.application.OrgUnit;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * leadership/survey-pack.xhtml: ask for a survey-ready pack of a department or of a list of people, watch it being
 * built (a progress bar, polled), download its PDF and XLSX for a day, and see who is in it.
 */
@Named
@ViewScoped
public class SurveyPackPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyPacks packs;

    @Inject
    private CurrentActor currentActor;

    private String department;
    private String employeeIds;
    private String shownId;
    private PackView shown;
    private List<PackSummaryRow> shownPeople;

    @PostConstruct
    void init() {
        shownId = Faces.getRequestParameter("pack");
    }

    /** The view action: the pack asked for in the address, if any. */
    public void load() {
        if (shownId == null || shownId.isBlank() || Faces.isPostback()) {
            return;
        }
        shown = packs.find(shownId.strip()).orElse(null);
        if (shown == null) {
            Messages.addGlobalError("No survey-ready pack has this id; packs are deleted a day after they were built.");
        } else if (shown.isReady()) {
            shownPeople = packs.summary(shown.id());
        }
    }

    public void forDepartment() {
        request(() -> packs.forDepartment(currentActor.get(), department));
    }

    public void forPeople() {
        request(() -> packs.forPeople(currentActor.get(), employeeIds));
    }

    private void request(java.util.function.Supplier<PackView> asking) {
        try {
            PackView pack = asking.get();
            Messages.addGlobalInfo("The pack of " + pack.title() + " (" + pack.peopleTotal()
                    + (pack.peopleTotal() == 1 ? " person" : " people") + ") is being built; it appears below and"
                    + " stays downloadable for a day once it is ready.");
        } catch (BusinessRuleException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public List<PackView> getPacks() {
        return packs.recent();
    }

    /** Whether a pack is still waiting or being built, so the page keeps asking. */
    public boolean isAnyUnderWay() {
        return getPacks().stream().anyMatch(PackView::isUnderWay);
    }

    public List<OrgUnit> getDepartments() {
        return packs.departments();
    }

    public PackView getShown() {
        return shown;
    }

    public List<PackSummaryRow> getShownPeople() {
        return shownPeople;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getEmployeeIds() {
        return employeeIds;
    }

    public void setEmployeeIds(String employeeIds) {
        this.employeeIds = employeeIds;
    }
}
