package org.carelearn.competency.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.CompetencyRequirements;
import org.carelearn.competency.application.CourseMappingView;
import org.carelearn.competency.application.CourseMappings;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.RequirementView;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * admin/competencies.xhtml: the level each job role (optionally in one department) needs of each competency and
 * for how long a showing stays current, and which course shows which competency at which level; set and removed
 * here, each refusal shown with its reason and nothing changed.
 */
@Named
@ViewScoped
public class CompetencySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CompetencyRequirements requirements;

    @Inject
    private transient CourseMappings mappings;

    @Inject
    private transient Frameworks frameworks;

    @Inject
    private transient Organisation organisation;

    @Inject
    private transient Catalog catalog;

    @Inject
    private transient CurrentActor currentActor;

    private String jobRole;
    private String department;
    private String competency;
    private Integer level;
    private Integer monthsCurrent = CompetencyRequirement.DEFAULT_MONTHS_CURRENT;
    private String courseIri;
    private String courseCompetency;
    private Integer courseLevel;

    public void setRequirement() {
        try {
            RequirementView set = requirements.set(currentActor.get(), jobRole, department, competency,
                    level == null ? 0 : level, monthsCurrent);
            Messages.addGlobalInfo("{0}{1} needs {2} at {3}, current for {4} months.", set.jobRoleTitle(),
                    set.departmentName() == null ? "" : " in " + set.departmentName(), set.competencyTitle(),
                    set.levelLabel(), set.monthsCurrent());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void removeRequirement(long id) {
        try {
            requirements.remove(currentActor.get(), id);
            Messages.addGlobalInfo("Requirement removed.");
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void setMapping() {
        try {
            CourseMappingView set = mappings.set(currentActor.get(), courseIri, courseCompetency,
                    courseLevel == null ? 0 : courseLevel);
            Messages.addGlobalInfo("\"{0}\" shows {1} at {2}.", set.courseTitle(), set.competencyTitle(),
                    set.levelLabel());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void removeMapping(long id) {
        try {
            mappings.remove(currentActor.get(), id);
            Messages.addGlobalInfo("Course mapping removed.");
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public List<RequirementView> getRequirements() {
        return requirements.list();
    }

    public List<CourseMappingView> getMappings() {
        return mappings.list();
    }

    public List<CompetencyEntry> getCompetencies() {
        return frameworks.competencies();
    }

    public List<OrgUnit> getJobRoles() {
        return organisation.activeJobRoles();
    }

    public List<OrgUnit> getDepartments() {
        return organisation.activeDepartments();
    }

    public List<CourseSummary> getCourses() {
        return catalog.courses();
    }

    /** The ranks any published scale has, for the level choices (the service refuses one off a given scale). */
    public List<Integer> getLevels() {
        int top = frameworks.competencies().stream().mapToInt(c -> c.scale().levels().size()).max().orElse(4);
        return java.util.stream.IntStream.rangeClosed(1, top).boxed().toList();
    }

    public String getJobRole() {
        return jobRole;
    }

    public void setJobRole(String jobRole) {
        this.jobRole = jobRole;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCompetency() {
        return competency;
    }

    public void setCompetency(String competency) {
        this.competency = competency;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Integer getMonthsCurrent() {
        return monthsCurrent;
    }

    public void setMonthsCurrent(Integer monthsCurrent) {
        this.monthsCurrent = monthsCurrent;
    }

    public String getCourseIri() {
        return courseIri;
    }

    public void setCourseIri(String courseIri) {
        this.courseIri = courseIri;
    }

    public String getCourseCompetency() {
        return courseCompetency;
    }

    public void setCourseCompetency(String courseCompetency) {
        this.courseCompetency = courseCompetency;
    }

    public Integer getCourseLevel() {
        return courseLevel;
    }

    public void setCourseLevel(Integer courseLevel) {
        this.courseLevel = courseLevel;
    }
}
