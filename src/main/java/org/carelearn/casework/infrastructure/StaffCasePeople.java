package org.carelearn.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.casework.application.CasePeople;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/** Reads people, lines and departments from staff's application services, in records, at the edge. */
@ApplicationScoped
public class StaffCasePeople implements CasePeople {

    @Inject
    private StaffDirectory directory;

    @Inject
    private Organisation organisation;

    @Inject
    private LineOfAuthority authority;

    @Override
    public Map<String, Person> people(Collection<String> employeeIds) {
        Map<String, Person> found = new LinkedHashMap<>();
        if (employeeIds.isEmpty()) {
            return found;
        }
        directory.contacts(employeeIds).forEach((id, contact) -> found.put(id, new Person(id,
                contact.person().displayName(), contact.placement().departmentCode(),
                contact.placement().managerChain(), contact.person().active())));
        return found;
    }

    @Override
    public Map<String, String> departments() {
        Map<String, String> departments = new LinkedHashMap<>();
        for (OrgUnit unit : organisation.activeDepartments()) {
            departments.put(unit.code(), unit.name());
        }
        return departments;
    }

    @Override
    public List<String> suggestions(String text, int max) {
        return directory.peopleMatching(text, max).stream().filter(StaffPerson::active)
                .map(p -> p.displayName() + " (" + p.employeeId() + ")").toList();
    }

    @Override
    public List<String> lineOf(String managerEmployeeId) {
        return authority.lineOf(managerEmployeeId).stream().map(StaffPerson::employeeId).toList();
    }

    @Override
    public List<Person> teamOf(String employeeId) {
        Person me = people(List.of(employeeId)).get(employeeId);
        if (me == null) {
            return List.of();
        }
        String head = me.managerChain().isEmpty() ? me.employeeId() : me.managerChain().get(0);
        List<String> ids = new java.util.ArrayList<>(lineOf(head));
        ids.add(head);
        return people(ids).values().stream()
                .filter(p -> p.active() && java.util.Objects.equals(p.departmentCode(), me.departmentCode()))
                .sorted(java.util.Comparator.comparing(Person::displayName)).toList();
    }
}
