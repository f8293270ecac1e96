package org.carelearn.assignment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPlacement;

/**
 * Reads where people sit from staff's directory (its application service, in records) and turns each into
 * assignment's {@link Person} here, at the edge.
 */
@ApplicationScoped
public class StaffPeople implements People {

    @Inject
    private StaffDirectory directory;

    @Override
    public Optional<Person> person(String employeeId) {
        return directory.placement(employeeId).map(StaffPeople::person);
    }

    @Override
    public List<Person> people(Collection<String> employeeIds) {
        return directory.placements(employeeIds).stream().map(StaffPeople::person).toList();
    }

    @Override
    public List<Person> active() {
        return directory.activePlacements().stream().map(StaffPeople::person).toList();
    }

    static Person person(StaffPlacement placement) {
        return new Person(placement.employeeId(), placement.displayName(), placement.departmentCode(),
                placement.jobRoleCode(), placement.managerChain(), placement.hireDate(), placement.active());
    }
}
