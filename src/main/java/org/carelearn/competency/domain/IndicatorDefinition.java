package org.carelearn.competency.domain;

import java.io.Serializable;

/** One behavioural indicator: something an assessor can see a person do, met or not met in a validation. */
public record IndicatorDefinition(String identifier, String statement) implements Serializable {

    public IndicatorDefinition {
        identifier = Definitions.identifier(identifier, "An indicator");
        statement = Definitions.text(statement, CompetencyDefinition.MAX_STATEMENT, "An indicator's statement");
    }
}
