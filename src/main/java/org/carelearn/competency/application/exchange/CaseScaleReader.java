package org.carelearn.competency.application.exchange;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.application.exchange.CasePackageReader.Reasons;
import org.carelearn.competency.domain.ProficiencyLevel;
import org.carelearn.competency.domain.ProficiencyScale;

/**
 * Finds a package's proficiency scale. CASE 1.1 carries levels in two places: a CFRubric whose CFRubricCriteria
 * point (CFItemURI) at competencies, each with ordered CFRubricCriterionLevels (information model, "CFRubric",
 * "CFRubricCriterion", "CFRubricCriterionLevel"); and, new in 1.1, hasSkillLevel associations from a competency to
 * items describing its levels. CareLearn keeps one scale per framework, so every competency's levels must agree.
 */
final class CaseScaleReader {

    /** CareLearn's scale for a framework that carries none, said in the import's notes. */
    static final ProficiencyScale TWO_LEVELS = new ProficiencyScale("Working towards or meets", List.of(
            new ProficiencyLevel(1, "Working towards", "Shows the competency with guidance, not yet on their own"),
            new ProficiencyLevel(2, "Meets", "Shows the competency on their own, as the framework states it")));

    private final CaseTree tree;
    private final Reasons reasons;
    private final List<String> notes;

    CaseScaleReader(CaseTree tree, Reasons reasons, List<String> notes) {
        this.tree = tree;
        this.reasons = reasons;
        this.notes = notes;
    }

    /** The scale, or null when the package's levels disagree or break a rule (each named as a reason). */
    ProficiencyScale scale(List<JsonObject> rubrics) {
        Map<String, Candidate> byCompetency = new LinkedHashMap<>();
        List<String> competencies = tree.competencies();
        for (JsonObject rubric : rubrics) {
            String name = CaseNode.text(rubric, "title");
            for (JsonObject criterion : CasePackageReader.objects(rubric, "CFRubricCriteria", "criterion", reasons)) {
                String competency = criterion.get("CFItemURI") instanceof JsonObject link
                        ? CaseNode.text(link, "identifier").toLowerCase(java.util.Locale.ROOT) : "";
                if (!competencies.contains(competency)) {
                    continue;
                }
                List<ProficiencyLevel> levels = new ArrayList<>();
                List<JsonObject> found = new ArrayList<>(CasePackageReader.objects(criterion,
                        "CFRubricCriterionLevels", "level", reasons));
                found.sort(CasePackageReader.byNumber("position").thenComparing(CasePackageReader.byNumber("score")));
                for (JsonObject level : found) {
                    String quality = CaseNode.text(level, "quality");
                    String description = CaseNode.text(level, "description");
                    ProficiencyLevel made = CasePackageReader.kept(reasons, () -> new ProficiencyLevel(
                            levels.size() + 1, quality.isEmpty() ? description : quality, description));
                    if (made != null) {
                        levels.add(made);
                    }
                }
                byCompetency.put(competency, new Candidate(name.isEmpty() ? "Proficiency" : name, levels));
            }
        }
        if (byCompetency.isEmpty()) {
            for (String competency : competencies) {
                List<CaseNode> items = tree.skillLevels(competency);
                if (!items.isEmpty()) {
                    List<ProficiencyLevel> levels = new ArrayList<>();
                    for (CaseNode item : items) {
                        ProficiencyLevel made = CasePackageReader.kept(reasons, () -> new ProficiencyLevel(
                                levels.size() + 1, item.title(), item.fullStatement()));
                        if (made != null) {
                            levels.add(made);
                        }
                    }
                    byCompetency.put(competency, new Candidate("Skill levels", levels));
                }
            }
        }
        if (byCompetency.isEmpty()) {
            notes.add("The package carries no proficiency levels (no CFRubric criteria and no hasSkillLevel"
                    + " associations on its competencies); CareLearn gave it the two-level scale "
                    + TWO_LEVELS.name() + " (1 Working towards, 2 Meets).");
            return TWO_LEVELS;
        }
        return agreed(byCompetency);
    }

    private ProficiencyScale agreed(Map<String, Candidate> byCompetency) {
        Map.Entry<String, Candidate> first = byCompetency.entrySet().iterator().next();
        for (Map.Entry<String, Candidate> other : byCompetency.entrySet()) {
            if (!other.getValue().names().equals(first.getValue().names())) {
                reasons.add("CareLearn holds one proficiency scale per framework, but the levels of "
                        + tree.item(other.getKey()).label() + " " + other.getValue().names() + " differ from those of "
                        + tree.item(first.getKey()).label() + " " + first.getValue().names());
                return null;
            }
        }
        return CasePackageReader.kept(reasons, () -> new ProficiencyScale(first.getValue().name(),
                first.getValue().levels()));
    }

    private record Candidate(String name, List<ProficiencyLevel> levels) {

        List<String> names() {
            return levels.stream().map(ProficiencyLevel::name).toList();
        }
    }
}
