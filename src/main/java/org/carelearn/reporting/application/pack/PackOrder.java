package org.carelearn.reporting.application.pack;

import java.util.List;

/** What a pack was asked for: a department (its code), or a list of people (their employee ids, in order). */
public record PackOrder(String id, String title, String departmentCode, List<String> employeeIds) {

    public PackOrder {
        employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
    }
}
