package org.carelearn.assignment.rest;

import java.time.LocalDate;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.TargetKind;

/**
 * A rule as another system sends it: one course ({@code courseIri}) or one curriculum ({@code curriculumId}),
 * a target of some kind with the fields that kind needs, a due policy and optionally recertification. The rule
 * itself checks every field and says what is missing or wrong (422), so nothing is checked twice here.
 */
public record RuleRequest(String name, String courseIri, Long curriculumId, TargetKind targetKind,
        String targetEmployeeId, String targetDepartmentCode, String targetJobRoleCode, DueKind dueKind,
        LocalDate dueDate, Integer dueDays, Integer recertifyEveryMonths, Integer windowDays) {

    RuleDefinition toDefinition() {
        return new RuleDefinition(name, courseIri, curriculumId, targetKind, targetEmployeeId, targetDepartmentCode,
                targetJobRoleCode, dueKind, dueDate, dueDays, recertifyEveryMonths, windowDays);
    }
}
