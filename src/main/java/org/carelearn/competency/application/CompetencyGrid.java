package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;

/**
 * The manager's grid (people × competencies) from the standings read model: a manager's line only, the whole
 * hospital for an administrator, filtered and paged by the database. Who is competent in a competency is read
 * the same way.
 */
@ApplicationScoped
public class CompetencyGrid {

    @Inject
    private StandingStore store;

    @Inject
    private Frameworks frameworks;

    @Inject
    private Organisation organisation;

    /**
     * A page of the grid as the signed-in person may see it; their scope overrides whatever the query asked.
     */
    public GridPage page(SignedInPerson who, GridQuery query) {
        GridQuery scoped = scoped(who, query);
        List<CompetencyEntry> competencies = frameworks.competencies();
        List<StandingRow> rows = store.page(scoped);
        Map<String, String> departments = names(organisation.activeDepartments());
        Map<String, String> roles = names(organisation.activeJobRoles());
        Map<String, List<StandingRow>> byPerson = rows.stream()
                .collect(Collectors.groupingBy(StandingRow::employeeId, LinkedHashMap::new, Collectors.toList()));
        List<GridPerson> people = new ArrayList<>();
        byPerson.forEach((id, mine) -> {
            StandingRow first = mine.get(0);
            Map<String, StandingRow> standings = new HashMap<>();
            mine.forEach(r -> standings.put(r.competencyIdentifier(), r));
            people.add(GridPerson.of(id, first.sortName(), departments.getOrDefault(first.departmentCode(),
                    first.departmentCode()), roles.getOrDefault(first.jobRoleCode(), first.jobRoleCode()), standings,
                    competencies));
        });
        return new GridPage(competencies, people, store.countPeople(scoped));
    }

    /**
     * The people who hold the competency (competent or expiring), at least at minLevel when given, within the
     * caller's scope.
     */
    public List<StandingRow> competentIn(SignedInPerson who, String competencyIdentifier, Integer minLevel) {
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElseThrow(
                () -> new org.carelearn.platform.NotFoundException("There is no competency " + competencyIdentifier));
        if (minLevel != null) {
            competency.scale().level(minLevel);
        }
        return store.holding(competency.identifier(), minLevel, scoped(who, null).managerId());
    }

    private static GridQuery scoped(SignedInPerson who, GridQuery query) {
        if (who == null || !(who.has(Role.ADMIN) || who.has(Role.MANAGER) && who.employeeId() != null)) {
            throw new BusinessRuleException("Only managers and administrators see the competency grid");
        }
        String manager = who.has(Role.ADMIN) ? null : who.employeeId();
        GridQuery q = query == null ? new GridQuery(null, null, null, null, null, 0, -1) : query;
        return new GridQuery(manager, q.departmentCode(), q.jobRoleCode(), q.competencyIdentifier(), q.status(),
                q.first(), q.max());
    }

    private static Map<String, String> names(List<OrgUnit> units) {
        return units.stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name, (a, b) -> a));
    }

    /** The departments and job roles the filters offer, by name. */
    public List<OrgUnit> departments() {
        return organisation.activeDepartments();
    }

    public List<OrgUnit> jobRoles() {
        return organisation.activeJobRoles();
    }

}
