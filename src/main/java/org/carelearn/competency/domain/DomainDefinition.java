package org.carelearn.competency.domain;

/**
 * A group of competencies within a framework ("Communication", "Rights and dignity"); CASE carries it as a
 * CFItem its competencies are children of.
 */
public record DomainDefinition(String identifier, String code, String title) {

    public DomainDefinition {
        identifier = Definitions.identifier(identifier, "A domain");
        code = Definitions.optional(code, CompetencyDefinition.MAX_CODE, "A domain's code");
        title = Definitions.text(title, FrameworkDefinition.MAX_TITLE, "A domain's title");
    }
}
