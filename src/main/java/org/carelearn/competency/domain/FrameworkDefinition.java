package org.carelearn.competency.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;

/**
 * The whole content of one version of a competency framework, as a value: what an administrator edits, what a
 * CASE file carries in and out, and what a stored version is compared with to decide whether a change makes a
 * new version. Identifiers are stable across versions and across systems (CASE's UUIDs), so evidence and
 * validator approvals given against one version still name the same competency in the next.
 *
 * @param identifier the framework's identifier, the same in every version (CASE: CFDocument.identifier)
 * @param versionLabel the publisher's own name for this version ("2026.1"), shown beside CareLearn's number
 * @param sources the published guidance the framework rests on, one citation per entry
 */
public record FrameworkDefinition(String identifier, String title, String description, String publisher,
        String versionLabel, String language, ProficiencyScale scale, List<DomainDefinition> domains,
        List<CompetencyDefinition> competencies, List<String> sources) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;

    public FrameworkDefinition {
        identifier = Definitions.identifier(identifier, "The framework");
        title = Definitions.text(title, MAX_TITLE, "The framework's title");
        description = Definitions.optional(description, MAX_DESCRIPTION, "The framework's description");
        publisher = Definitions.text(publisher, MAX_TITLE, "The framework's publisher");
        versionLabel = Definitions.optional(versionLabel, 40, "The framework's version label");
        language = language == null || language.isBlank() ? "en" : language.strip();
        Objects.requireNonNull(scale, "A framework needs a proficiency scale");
        domains = domains == null ? List.of() : List.copyOf(domains);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (competencies.isEmpty()) {
            throw new BusinessRuleException("The framework " + title + " has no competencies");
        }
        Set<String> ids = new HashSet<>(Set.of(identifier));
        Set<String> domainIds = new HashSet<>();
        for (DomainDefinition domain : domains) {
            Definitions.unique(ids, domain.identifier(), "domain " + domain.title());
            domainIds.add(domain.identifier());
        }
        for (CompetencyDefinition competency : competencies) {
            Definitions.unique(ids, competency.identifier(), "competency " + competency.title());
            if (competency.domainIdentifier() != null && !domainIds.contains(competency.domainIdentifier())) {
                throw new BusinessRuleException("The competency " + competency.title()
                        + " belongs to a domain the framework does not have: " + competency.domainIdentifier());
            }
            for (IndicatorDefinition indicator : competency.indicators()) {
                Definitions.unique(ids, indicator.identifier(), "indicator of " + competency.title());
            }
        }
    }

    /** The competency with that identifier; refused, naming the framework, when it has none. */
    public CompetencyDefinition competency(String competencyIdentifier) {
        return competencies.stream().filter(c -> c.identifier().equals(competencyIdentifier)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("The framework " + title + " has no competency "
                        + competencyIdentifier));
    }
}
