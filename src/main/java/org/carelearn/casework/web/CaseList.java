package org.carelearn.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.carelearn.casework.application.CaseCompetencyLinks;
import org.carelearn.casework.application.CaseLine;
import org.carelearn.casework.application.CasePeople;
import org.carelearn.casework.application.CaseReading;
import org.carelearn.casework.domain.CaseFilter;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.omnifaces.cdi.Param;

/**
 * The case list (cases/index.xhtml): the cases the signed-in person may see, filtered by department, by owner
 * (their own) and by open ones; grievances due soon or late stand out. Every listing is audited as a search.
 */
@Named
@RequestScoped
public class CaseList {

    @Inject
    @Param(name = "department")
    private String department;

    @Inject
    @Param(name = "mine")
    private Boolean mine;

    @Inject
    @Param(name = "open")
    private Boolean open;

    @Inject
    private CaseReading reading;

    @Inject
    private CasePeople people;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private List<CaseLine> lines;

    public List<CaseLine> getLines() {
        if (lines == null) {
            SignedInPerson person = currentPerson.get().orElseThrow();
            String dept = department == null || department.isBlank() ? null : department;
            lines = reading.search(currentActor.get(), person, new CaseFilter(dept,
                    Boolean.TRUE.equals(mine) ? person.employeeId() : null, null, null, Boolean.TRUE.equals(open),
                    null));
        }
        return lines;
    }

    /** How many listed grievances are due soon or late, for the line above the table. */
    public long getAttention() {
        return getLines().stream().filter(CaseLine::dueSoonOrLate).count();
    }

    public Map<String, String> getDepartments() {
        return people.departments();
    }

    public boolean isPatientRelations() {
        return currentPerson.get().map(p -> p.has(Role.PATIENT_RELATIONS)).orElse(false);
    }

    /** Whether the person sets which competencies cases need (administrators, patient relations managers). */
    public boolean isConfigurer() {
        return CaseCompetencyLinks.mayConfigure(currentPerson.get().orElse(null));
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOpen() {
        return Boolean.TRUE.equals(open);
    }

    public void setOpen(boolean open) {
        this.open = open;
    }
}
