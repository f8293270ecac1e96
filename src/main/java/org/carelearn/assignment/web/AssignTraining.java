package org.carelearn.assignment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleCreated;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.application.RulePreview;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The assign dialog of the workbench: what (a course or a curriculum), to whom, by when, and whether it
 * recertifies. "Preview" shows whom the rule would reach; "Confirm" creates it in one transaction. On a
 * manager's workbench the rule is limited to their line; on the administrator's page it may reach anyone.
 */
@Named
@ViewScoped
public class AssignTraining implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COURSE = "course:";
    private static final String CURRICULUM = "curriculum:";

    @Inject
    private AssignmentRules rules;

    @Inject
    private Catalog catalog;

    @Inject
    private Organisation organisation;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private boolean hospitalWide;
    private List<Choice> what;
    private List<OrgUnit> departments;
    private List<OrgUnit> jobRoles;

    private String name;
    private String assigned;
    private TargetKind targetKind = TargetKind.PERSON;
    private String targetEmployeeId;
    private String departmentCode;
    private String jobRoleCode;
    private DueKind dueKind = DueKind.DAYS_AFTER_ASSIGNED;
    private LocalDate dueDate;
    private Integer dueDays;
    private boolean recertifies;
    private Integer months;
    private Integer windowDays;
    private RulePreview preview;

    @PostConstruct
    void init() {
        what = new ArrayList<>();
        catalog.courses().stream().filter(c -> c.availability() != CourseAvailability.RETIRED)
                .forEach(c -> what.add(new Choice(COURSE + c.courseIri(), c.title())));
        rules.curricula().forEach(c -> what.add(new Choice(CURRICULUM + c.getId(), "Curriculum: " + c.getName())));
        departments = organisation.activeDepartments();
        jobRoles = organisation.activeJobRoles();
    }

    /** The administrator's page: rules may reach the whole hospital (for an administrator only). */
    public void forHospital() {
        hospitalWide = currentPerson.get().filter(me -> me.has(Role.ADMIN)).isPresent();
    }

    /** Something in the form changed: a preview shown before no longer describes it. */
    public void changed() {
        preview = null;
    }

    public void preview() {
        preview = null;
        try {
            preview = hospitalWide ? rules.preview(currentActor.get(), definition())
                    : rules.previewInLine(currentActor.get(), currentPerson.employeeId(), definition());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void confirm() throws IOException {
        try {
            RuleCreated created = hospitalWide ? rules.create(currentActor.get(), definition())
                    : rules.createInLine(currentActor.get(), currentPerson.employeeId(), definition());
            int reached = created.preview().reached();
            Messages.addFlashGlobalInfo("The rule \"" + name.strip() + "\" is in force: it reaches " + reached
                    + (reached == 1 ? " person" : " people") + " now, and whoever matches it later.");
            Faces.refresh();
        } catch (BusinessRuleException e) {
            preview = null;
            Messages.addGlobalError(e.getMessage());
        }
    }

    private RuleDefinition definition() {
        String courseIri = assigned != null && assigned.startsWith(COURSE) ? assigned.substring(COURSE.length())
                : null;
        Long curriculumId = assigned != null && assigned.startsWith(CURRICULUM)
                ? Long.valueOf(assigned.substring(CURRICULUM.length())) : null;
        if (courseIri == null && curriculumId == null) {
            throw new BusinessRuleException("Choose the course or curriculum to assign");
        }
        boolean person = targetKind == TargetKind.PERSON || targetKind == TargetKind.DIRECT_REPORTS
                || targetKind == TargetKind.WHOLE_LINE;
        String employeeId = targetEmployeeId;
        if (!hospitalWide && targetKind != TargetKind.PERSON && (employeeId == null || employeeId.isBlank())) {
            employeeId = currentPerson.employeeId(); // a manager's own team or line, unless they name another's
        }
        return new RuleDefinition(name, courseIri, curriculumId, targetKind, person ? employeeId : null,
                targetKind == TargetKind.DEPARTMENT || targetKind == TargetKind.JOB_ROLE_IN_DEPARTMENT
                        ? departmentCode : null,
                targetKind == TargetKind.JOB_ROLE || targetKind == TargetKind.JOB_ROLE_IN_DEPARTMENT ? jobRoleCode
                        : null,
                dueKind, dueKind == DueKind.FIXED_DATE ? dueDate : null,
                dueKind == DueKind.DAYS_AFTER_HIRE || dueKind == DueKind.DAYS_AFTER_ASSIGNED ? dueDays : null,
                recertifies ? months : null, recertifies ? windowDays : null);
    }

    /** Whether the chosen target names a person (one person, or the manager whose team or line it is). */
    public boolean isPersonTarget() {
        return targetKind == TargetKind.PERSON || targetKind == TargetKind.DIRECT_REPORTS
                || targetKind == TargetKind.WHOLE_LINE;
    }

    public boolean isDepartmentTarget() {
        return targetKind == TargetKind.DEPARTMENT || targetKind == TargetKind.JOB_ROLE_IN_DEPARTMENT;
    }

    public boolean isJobRoleTarget() {
        return targetKind == TargetKind.JOB_ROLE || targetKind == TargetKind.JOB_ROLE_IN_DEPARTMENT;
    }

    public boolean isHospitalWide() {
        return hospitalWide;
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public DueKind[] getDueKinds() {
        return DueKind.values();
    }

    public List<Choice> getWhat() {
        return what;
    }

    public List<OrgUnit> getDepartments() {
        return departments;
    }

    public List<OrgUnit> getJobRoles() {
        return jobRoles;
    }

    public RulePreview getPreview() {
        return preview;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAssigned() {
        return assigned;
    }

    public void setAssigned(String assigned) {
        this.assigned = assigned;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(TargetKind targetKind) {
        this.targetKind = targetKind;
    }

    public String getTargetEmployeeId() {
        return targetEmployeeId;
    }

    public void setTargetEmployeeId(String targetEmployeeId) {
        this.targetEmployeeId = targetEmployeeId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getJobRoleCode() {
        return jobRoleCode;
    }

    public void setJobRoleCode(String jobRoleCode) {
        this.jobRoleCode = jobRoleCode;
    }

    public DueKind getDueKind() {
        return dueKind;
    }

    public void setDueKind(DueKind dueKind) {
        this.dueKind = dueKind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public boolean isRecertifies() {
        return recertifies;
    }

    public void setRecertifies(boolean recertifies) {
        this.recertifies = recertifies;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    /** One entry of the "what to assign" menu: a course or a curriculum. */
    public record Choice(String value, String label) implements Serializable {
    }
}
