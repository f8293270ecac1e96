package org.carelearn.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.DomainDefinition;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.ProficiencyLevel;
import org.carelearn.competency.domain.ProficiencyScale;

/**
 * Competency frameworks for tests, built in code: each call makes a framework with identifiers of its own (so
 * tests sharing one database never meet), two competencies in one domain, three indicators each, and a four-level
 * scale. Not the demo framework, which is content of its own.
 */
public final class SampleFrameworks {

    public static final ProficiencyScale FOUR_LEVELS = new ProficiencyScale("Sample practice scale", List.of(
            new ProficiencyLevel(1, "Developing", "Does it with guidance."),
            new ProficiencyLevel(2, "Competent", "Does it alone, safely, in ordinary situations."),
            new ProficiencyLevel(3, "Proficient", "Does it in difficult situations and adapts."),
            new ProficiencyLevel(4, "Role model", "Teaches it and improves how the unit does it.")));

    private SampleFrameworks() {
    }

    /** A new framework: "Listening" and "Explaining" in the domain "Communication". */
    public static FrameworkDefinition framework(String title) {
        String domain = id();
        return new FrameworkDefinition(id(), title, "A framework for tests.", "CareLearn tests", "2026.1", "en",
                FOUR_LEVELS, List.of(new DomainDefinition(domain, "C", "Communication")),
                List.of(competency("C.1", "Listening", domain), competency("C.2", "Explaining", domain)),
                List.of("CareLearn test fixture, not guidance"));
    }

    /** The same framework with one more competency, "Reassuring": content that makes a new version. */
    public static FrameworkDefinition withAnotherCompetency(FrameworkDefinition framework) {
        List<CompetencyDefinition> competencies = new ArrayList<>(framework.competencies());
        competencies.add(competency("C.3", "Reassuring", framework.domains().get(0).identifier()));
        return new FrameworkDefinition(framework.identifier(), framework.title(), framework.description(),
                framework.publisher(), "2026.2", framework.language(), framework.scale(), framework.domains(),
                competencies, framework.sources());
    }

    /** The same framework without its last competency. */
    public static FrameworkDefinition withoutLastCompetency(FrameworkDefinition framework) {
        List<CompetencyDefinition> competencies = new ArrayList<>(framework.competencies());
        competencies.remove(competencies.size() - 1);
        return new FrameworkDefinition(framework.identifier(), framework.title(), framework.description(),
                framework.publisher(), "2026.3", framework.language(), framework.scale(), framework.domains(),
                competencies, framework.sources());
    }

    private static CompetencyDefinition competency(String code, String title, String domain) {
        return new CompetencyDefinition(id(), code, title, title + " well, with patients and families.", domain,
                List.of(new IndicatorDefinition(id(), "Greets and introduces themself."),
                        new IndicatorDefinition(id(), "Checks what the person understood."),
                        new IndicatorDefinition(id(), "Says what happens next.")),
                "Test notes for " + title);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
