package org.carelearn.assignment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Recertification;

/**
 * A rule as the REST API shows it: the fields a {@link RuleRequest} sends, the courses it requires (a
 * curriculum's in order), a sentence describing it, and who made and ended it when.
 */
public record RuleDto(long id, String name, String courseIri, Long curriculumId, List<String> courses,
        String targetKind, String targetEmployeeId, String targetDepartmentCode, String targetJobRoleCode,
        String dueKind, LocalDate dueDate, Integer dueDays, Integer recertifyEveryMonths, Integer windowDays,
        String description, Instant createdAt, String createdBy, Instant endedAt) {

    static RuleDto of(AssignmentRule rule) {
        Recertification recertification = rule.getRecertification();
        return new RuleDto(rule.getId(), rule.getName(), rule.getCourseIri(),
                rule.getCurriculum() == null ? null : rule.getCurriculum().getId(), rule.courses(),
                rule.getTarget().getKind().name(), rule.getTarget().getEmployeeId(),
                rule.getTarget().getDepartmentCode(), rule.getTarget().getJobRoleCode(), rule.getDue().getKind().name(),
                rule.getDue().getDate(), rule.getDue().getDays(),
                recertification == null ? null : recertification.getMonths(),
                recertification == null ? null : recertification.getWindowDays(), rule.describe(),
                rule.getCreatedAt(), rule.getCreatedBy(), rule.getEndedAt());
    }
}
