package org.carelearn.casework.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The people and departments casework names, as staff's directory knows them (a port; infrastructure answers). */
public interface CasePeople {

    /**
     * A person a case names.
     *
     * @param managerChain everyone above them, nearest first
     */
    record Person(String employeeId, String displayName, String departmentCode, List<String> managerChain,
            boolean active) {
    }

    /** The people with these ids that exist, by id. */
    Map<String, Person> people(Collection<String> employeeIds);

    /** Active departments: code to name. */
    Map<String, String> departments();

    /** Active people a search box means by the text, as "Name (employee id)", at most max. */
    List<String> suggestions(String text, int max);

    /**
     * The person's team: the people of their department under their own manager (themself and that manager
     * included), active, by name; the people under them when they have no manager.
     */
    List<Person> teamOf(String employeeId);

    /** Everyone below the manager, anywhere down their line. */
    List<String> lineOf(String managerEmployeeId);
}
