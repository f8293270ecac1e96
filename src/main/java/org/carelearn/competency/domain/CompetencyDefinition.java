package org.carelearn.competency.domain;

import java.io.Serializable;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;

/**
 * One competency as its framework defines it: a short title, the statement of what a competent person does,
 * the behavioural indicators an assessor watches for, and notes (the guidance it rests on).
 *
 * @param code the framework's human code ("PR.4"), or empty
 * @param domainIdentifier the domain it is grouped in, or null
 */
public record CompetencyDefinition(String identifier, String code, String title, String statement,
        String domainIdentifier, List<IndicatorDefinition> indicators, String notes) implements Serializable {

    /**
     * Long enough for other publishers' codes, which CASE's humanCodingScheme does not bound (the Common Core's
     * "CCSS.Math.Content.6.RP.A.3a" has 27 characters).
     */
    public static final int MAX_CODE = 60;
    public static final int MAX_STATEMENT = 2000;
    public static final int MIN_INDICATORS = 1;
    public static final int MAX_INDICATORS = 12;

    public CompetencyDefinition {
        identifier = Definitions.identifier(identifier, "A competency");
        code = Definitions.optional(code, CompetencyDefinition.MAX_CODE, "A competency's code");
        title = Definitions.text(title, FrameworkDefinition.MAX_TITLE, "A competency's title");
        statement = Definitions.text(statement, MAX_STATEMENT, "The statement of " + title);
        domainIdentifier = domainIdentifier == null || domainIdentifier.isBlank() ? null : domainIdentifier.strip();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        notes = Definitions.optional(notes, FrameworkDefinition.MAX_DESCRIPTION, "The notes of " + title);
        if (indicators.size() < MIN_INDICATORS || indicators.size() > MAX_INDICATORS) {
            throw new BusinessRuleException("The competency " + title + " needs " + MIN_INDICATORS + " to "
                    + MAX_INDICATORS + " behavioural indicators for assessors to watch for, not "
                    + indicators.size());
        }
    }
}
