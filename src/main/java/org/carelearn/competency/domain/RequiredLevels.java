package org.carelearn.competency.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one person's place asks of them: for each competency, the need of their job role in their own department
 * where the hospital set one, else their job role's need in every department. A competency their job does not
 * require is still tracked, at level 1 for {@link CompetencyRequirement#DEFAULT_MONTHS_CURRENT} months, so that
 * what they showed is still seen.
 */
public final class RequiredLevels {

    private final Map<String, CompetencyNeed> needs = new HashMap<>();

    private RequiredLevels() {
    }

    public static RequiredLevels of(String jobRoleCode, String departmentCode,
            Collection<CompetencyRequirement> requirements) {
        RequiredLevels levels = new RequiredLevels();
        Map<String, CompetencyRequirement> everywhere = new HashMap<>();
        for (CompetencyRequirement r : requirements) {
            if (!r.getJobRoleCode().equals(jobRoleCode)) {
                continue;
            }
            if (r.getDepartmentCode() == null) {
                everywhere.put(r.getCompetencyIdentifier(), r);
            } else if (Objects.equals(r.getDepartmentCode(), departmentCode)) {
                levels.needs.put(r.getCompetencyIdentifier(), r.need());
            }
        }
        everywhere.forEach((competency, r) -> levels.needs.putIfAbsent(competency, r.need()));
        return levels;
    }

    /** Whether the person's job requires the competency at all. */
    public boolean requires(String competencyIdentifier) {
        return needs.containsKey(competencyIdentifier);
    }

    public CompetencyNeed needOf(String competencyIdentifier) {
        return needs.getOrDefault(competencyIdentifier,
                new CompetencyNeed(1, CompetencyRequirement.DEFAULT_MONTHS_CURRENT));
    }
}
