package org.carelearn.competency.application;

import java.time.LocalDate;
import java.util.List;

/** A person's competency profile on a day: who they are, where they sit, and each competency of theirs. */
public record Profile(String employeeId, String displayName, String jobRoleTitle, String departmentName,
        LocalDate asOf, List<ProfileLine> lines) {
}
