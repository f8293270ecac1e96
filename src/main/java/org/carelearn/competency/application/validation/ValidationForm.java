package org.carelearn.competency.application.validation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.ProficiencyLevel;

/**
 * What a validator needs at the bedside: whom they observe, the competency's statement and indicators, the
 * framework's scale with each level's description, and the level the person's job needs.
 */
public record ValidationForm(long requestId, String employeeId, String personName, String jobRoleTitle,
        String departmentName, String competencyIdentifier, String competencyTitle, String statement,
        String frameworkTitle, int frameworkVersion, List<IndicatorDefinition> indicators,
        String scaleName, List<ProficiencyLevel> levels, int levelNeeded, Instant requestedAt, String note) implements Serializable {
}
