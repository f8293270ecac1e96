package org.carelearn.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a course structure must mean beyond the schema (cmi5 §13, §14): every id an absolute IRI and unique
 * in the structure, objective references to declared objectives, urls CareLearn can launch, a masteryScore
 * of at most four decimals, at least one AU, and titles a person can read.
 */
final class StructureRules {

    /** Longest course id and title kept in the catalog's columns. */
    static final int MAX_COURSE_ID = 1000;
    static final int MAX_TITLE = 1000;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<String>> owners = new LinkedHashMap<>();

    /** An id as written, with the part of the structure that declares it ("AU #2", "objective #1"). */
    record Declaration(String owner, String id) {
    }

    /** An objective reference (idref) and who makes it. */
    record Reference(String owner, String idref) {
    }

    /**
     * @param packageFiles the files of the zip, or {@code null} for a cmi5.xml imported on its own
     */
    static List<String> check(CourseStructure structure, List<Declaration> ids, Set<String> objectives,
            List<Reference> references, Set<String> packageFiles) {
        StructureRules rules = new StructureRules();
        rules.ids(ids);
        rules.references(objectives, references);
        rules.course(structure);
        for (Block block : structure.blocks()) {
            rules.title("block '" + block.id() + "'", block.title());
        }
        for (Au au : structure.aus()) {
            rules.au(au, packageFiles);
        }
        if (structure.aus().isEmpty()) {
            rules.problems.add("the course has no AU; it needs at least one");
        }
        return rules.problems;
    }

    private void ids(List<Declaration> ids) {
        for (Declaration declaration : ids) {
            if (declaration.id().isEmpty()) {
                continue; // the schema check reports a missing id
            }
            if (!Iris.isAbsolute(declaration.id())) {
                problems.add(declaration.owner() + ": id '" + declaration.id() + "' is not an absolute IRI (it needs a"
                        + " scheme, as in https://example.org/courses/first-aid)");
            }
            owners.computeIfAbsent(declaration.id(), id -> new ArrayList<>()).add(declaration.owner());
        }
        owners.forEach((id, declaredBy) -> {
            if (declaredBy.size() > 1) {
                problems.add("id '" + id + "' is used " + declaredBy.size() + " times (" + String.join(", ",
                        declaredBy.stream().map(StructureRules::kind).toList())
                        + "); ids must be unique in the course structure");
            }
        });
    }

    private static String kind(String owner) {
        int quote = owner.indexOf(" '");
        return quote < 0 ? owner : owner.substring(0, quote);
    }

    private void references(Set<String> objectives, List<Reference> references) {
        for (Reference reference : references) {
            if (reference.idref().isEmpty()) {
                problems.add(reference.owner() + ": an objective reference has no idref");
            } else if (!objectives.contains(reference.idref())) {
                problems.add(reference.owner() + ": objective '" + reference.idref()
                        + "' is referenced but not declared in the course's objectives");
            }
        }
    }

    private void course(CourseStructure structure) {
        if (structure.id().length() > MAX_COURSE_ID) {
            problems.add("course: id is longer than " + MAX_COURSE_ID + " characters");
        }
        title("course", structure.title());
    }

    private void title(String owner, String title) {
        if (title == null) {
            return; // missing: the schema check said so
        }
        if (title.isEmpty()) {
            problems.add(owner + ": title is empty");
        } else if (title.length() > MAX_TITLE) {
            problems.add(owner + ": title is longer than " + MAX_TITLE + " characters");
        }
    }

    private void au(Au au, Set<String> packageFiles) {
        String owner = "AU '" + au.id() + "'";
        title(owner, au.title());
        for (String problem : AuUrl.problems(au.url(), packageFiles == null,
                packageFiles == null ? Set.of() : packageFiles)) {
            problems.add(owner + ": " + problem);
        }
        BigDecimal score = au.masteryScore();
        if (score != null && score.stripTrailingZeros().scale() > 4) {
            problems.add(owner + ": masteryScore " + score.toPlainString()
                    + " has more than 4 decimal places (cmi5 §13.1.4)");
        }
        if (au.activityType() != null && !Iris.isAbsolute(au.activityType())) {
            problems.add(owner + ": activityType '" + au.activityType() + "' is not an absolute IRI");
        }
    }
}
