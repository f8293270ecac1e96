package org.carelearn.casework.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.carelearn.casework.domain.CaseIntake;
import org.carelearn.platform.BusinessRuleException;

/**
 * Checks an intake against the hospital as it is today: the department exists, the categories are active ones of
 * the taxonomy, and the staff named and the owner are in the directory. Shared by the form and the import.
 */
final class IntakeCheck {

    private final Map<String, String> departments;
    private final Set<String> activeCategories;
    private final Map<String, CasePeople.Person> people;

    IntakeCheck(Map<String, String> departments, Set<String> activeCategories, Map<String, CasePeople.Person> people) {
        this.departments = departments;
        this.activeCategories = activeCategories;
        this.people = people;
    }

    /** Refuses the first thing wrong, in words for the person who typed it. */
    void check(CaseIntake intake, String ownerEmployeeId) {
        if (intake.departmentCode() != null && !departments.containsKey(intake.departmentCode().strip())) {
            throw new BusinessRuleException("No active department has the code '" + intake.departmentCode() + "'");
        }
        Set<String> unknown = new TreeSet<>(intake.categories());
        unknown.removeAll(activeCategories);
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("Not a category in use: " + String.join(", ", unknown));
        }
        Set<String> missing = new TreeSet<>();
        for (String id : intake.staffInvolved()) {
            if (!people.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Not in the staff directory: " + String.join(", ", missing));
        }
        if (ownerEmployeeId != null) {
            CasePeople.Person owner = people.get(ownerEmployeeId);
            if (owner == null || !owner.active()) {
                throw new BusinessRuleException("The owner " + ownerEmployeeId
                        + " is not an active member of staff");
            }
        }
    }

    static Set<String> idsOf(Collection<CaseIntake> intakes, Collection<String> owners) {
        Set<String> ids = new TreeSet<>();
        owners.stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        intakes.forEach(i -> ids.addAll(i.staffInvolved()));
        return ids;
    }
}
