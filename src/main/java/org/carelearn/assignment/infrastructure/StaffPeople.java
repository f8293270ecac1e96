package org.carelearn.assignment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;

/**
 * Reads staff's directory through its application service and turns each staff member into assignment's
 * {@link Person} here, at the edge, so no staff entity goes further into assignment.
 */
@ApplicationScoped
public class StaffPeople implements People {

    @Inject
    private StaffDirectory directory;

    @Override
    public Optional<Person> person(String employeeId) {
        return directory.find(employeeId).map(StaffPeople::person);
    }

    @Override
    public List<Person> active() {
        StaffSearch active = new StaffSearch(null, null, null, null, null, true, StaffSearch.Sort.NAME, true);
        return directory.search(active, 0, Integer.MAX_VALUE).stream().map(StaffPeople::person).toList();
    }

    static Person person(StaffMember member) {
        List<String> managers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(member.getEmployeeId());
        // A directory edited by hand could hold a loop of managers; the chain stops where it repeats.
        for (StaffMember m = member.getManager(); m != null && seen.add(m.getEmployeeId()); m = m.getManager()) {
            managers.add(m.getEmployeeId());
        }
        return new Person(member.getEmployeeId(), member.getName().getDisplayName(),
                member.getDepartment().getCode(), member.getJobRole().getCode(), managers, member.getHireDate(),
                member.isActive());
    }
}
