package org.carelearn.assignment.application;

import java.time.LocalDate;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.TargetKind;

/**
 * A rule as a manager, an administrator or another system describes it: one course or one curriculum, a target
 * of some kind with the fields that kind needs, a due policy, and optionally recertification.
 *
 * @param recertifyEveryMonths null for training taken once
 * @param windowDays the days before each recertification is due in which its round opens (the due day counts)
 */
public record RuleDefinition(String name, String courseIri, Long curriculumId, TargetKind targetKind,
        String targetEmployeeId, String targetDepartmentCode, String targetJobRoleCode, DueKind dueKind,
        LocalDate dueDate, Integer dueDays, Integer recertifyEveryMonths, Integer windowDays) {

    /** One course for one target, due some days after it reaches each person, taken once. */
    public static RuleDefinition course(String name, String courseIri, TargetKind kind, String employeeId,
            String departmentCode, String jobRoleCode, int dueInDays) {
        return new RuleDefinition(name, courseIri, null, kind, employeeId, departmentCode, jobRoleCode,
                DueKind.DAYS_AFTER_ASSIGNED, null, dueInDays, null, null);
    }
}
