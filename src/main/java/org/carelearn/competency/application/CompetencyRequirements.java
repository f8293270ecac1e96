package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.CompetencyRequirementChanged;
import org.carelearn.competency.domain.CompetencyRequirementChanged.Change;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;

/**
 * Sets and removes the level each job role (optionally within one department) needs of a competency. The job
 * role and department must be active in staff's organisation, the competency in a published framework and the
 * level on its scale; a refusal says which and changes nothing. Setting it again for the same job role,
 * department and competency changes the one requirement there is.
 */
@ApplicationScoped
public class CompetencyRequirements {

    @Inject
    private FrameworkRepository repository;

    @Inject
    private Frameworks frameworks;

    @Inject
    private Organisation organisation;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CompetencyRequirementChanged> changed;

    /**
     * @param departmentCode the department, or null (blank) for the job role in every department
     * @param monthsCurrent how long a showing stays current, or null for
     *     {@link CompetencyRequirement#DEFAULT_MONTHS_CURRENT}
     */
    @Transactional
    public RequirementView set(Actor actor, String jobRoleCode, String departmentCode, String competencyIdentifier,
            int level, Integer monthsCurrent) {
        OrgUnit role = unit(organisation.activeJobRoles(), jobRoleCode, "job role");
        OrgUnit department = departmentCode == null || departmentCode.isBlank() ? null
                : unit(organisation.activeDepartments(), departmentCode, "department");
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElseThrow(
                () -> new BusinessRuleException("There is no competency " + competencyIdentifier
                        + " in a published framework"));
        competency.scale().level(level);
        CompetencyNeed need = new CompetencyNeed(level,
                monthsCurrent == null ? CompetencyRequirement.DEFAULT_MONTHS_CURRENT : monthsCurrent);
        String departmentKey = department == null ? null : department.code();
        Optional<CompetencyRequirement> existing = repository.requirements().stream()
                .filter(r -> r.isFor(role.code(), departmentKey, competency.identifier())).findFirst();
        CompetencyRequirement requirement;
        if (existing.isPresent()) {
            requirement = existing.get();
            requirement.change(need, time.now(), actor.username());
        } else {
            requirement = new CompetencyRequirement(role.code(), departmentKey, competency.identifier(), need,
                    time.now(), actor.username());
            repository.add(requirement);
        }
        changed.fire(new CompetencyRequirementChanged(actor, Change.REQUIREMENT_SET, competency.identifier(),
                subject(role, department, competency) + ": " + competency.levelLabel(level) + ", current for "
                        + need.monthsCurrent() + " months"));
        return view(requirement, Map.of(role.code(), role), department == null ? Map.of()
                : Map.of(department.code(), department), competency);
    }

    @Transactional
    public void remove(Actor actor, long requirementId) {
        CompetencyRequirement requirement = repository.requirement(requirementId)
                .orElseThrow(() -> new NotFoundException("There is no competency requirement " + requirementId));
        String title = frameworks.competency(requirement.getCompetencyIdentifier()).map(CompetencyEntry::title)
                .orElse(requirement.getCompetencyIdentifier());
        repository.remove(requirement);
        changed.fire(new CompetencyRequirementChanged(actor, Change.REQUIREMENT_REMOVED,
                requirement.getCompetencyIdentifier(), requirement.getJobRoleCode()
                        + (requirement.getDepartmentCode() == null ? "" : " in " + requirement.getDepartmentCode())
                        + " no longer needs " + title + " (was level " + requirement.getLevelNeeded() + ")"));
    }

    /** Every requirement, by job role, department and competency. */
    public List<RequirementView> list() {
        Map<String, OrgUnit> roles = byCode(organisation.activeJobRoles());
        Map<String, OrgUnit> departments = byCode(organisation.activeDepartments());
        Map<String, CompetencyEntry> competencies = frameworks.competencies().stream()
                .collect(Collectors.toMap(CompetencyEntry::identifier, Function.identity(), (a, b) -> a));
        return repository.requirements().stream().map(r -> view(r, roles, departments,
                competencies.get(r.getCompetencyIdentifier()))).toList();
    }

    private static RequirementView view(CompetencyRequirement r, Map<String, OrgUnit> roles,
            Map<String, OrgUnit> departments, CompetencyEntry competency) {
        OrgUnit role = roles.get(r.getJobRoleCode());
        OrgUnit department = r.getDepartmentCode() == null ? null : departments.get(r.getDepartmentCode());
        return new RequirementView(r.getId() == null ? 0 : r.getId(), r.getJobRoleCode(),
                role == null ? r.getJobRoleCode() : role.name(), r.getDepartmentCode(),
                r.getDepartmentCode() == null ? null : department == null ? r.getDepartmentCode() : department.name(),
                r.getCompetencyIdentifier(), competency == null ? r.getCompetencyIdentifier() : competency.title(),
                r.getLevelNeeded(), competency == null ? "Level " + r.getLevelNeeded()
                        : competency.levelLabel(r.getLevelNeeded()), r.getMonthsCurrent());
    }

    private static OrgUnit unit(List<OrgUnit> units, String code, String what) {
        String wanted = code == null ? "" : code.strip();
        return units.stream().filter(u -> u.code().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("There is no active " + what + " " + wanted));
    }

    private static Map<String, OrgUnit> byCode(List<OrgUnit> units) {
        return units.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
    }

    private static String subject(OrgUnit role, OrgUnit department, CompetencyEntry competency) {
        return role.name() + (department == null ? "" : " in " + department.name()) + " needs " + competency.title();
    }
}
