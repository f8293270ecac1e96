package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.Standing;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * Puts evidence and standings into the words the profile shows: who gave what, and what to do next. A profile
 * takes one {@link Words} for all its lines, so that course titles, course mappings and people's names are each
 * read once for the page, not once for each piece of evidence or competency (CompetencyBench, README "Benchmarks").
 */
@ApplicationScoped
class EvidenceDescriptions {

    @Inject
    private StaffDirectory directory;

    @Inject
    private Catalog catalog;

    @Inject
    private FrameworkRepository settings;

    /** What one profile's words are made of, each read at most once, when first needed. */
    final class Words {

        private final Map<String, String> names = new HashMap<>();
        private Map<String, String> courseTitles;
        private Map<String, List<CourseMapping>> mappings;

        private String courseTitle(String courseIri) {
            if (courseTitles == null) {
                courseTitles = catalog.titles();
            }
            String title = courseTitles.get(courseIri);
            return title == null || title.isEmpty() ? courseIri : title;
        }

        private String personName(String employeeId) {
            return names.computeIfAbsent(employeeId, id -> directory.person(id).map(StaffPerson::displayName)
                    .orElse(id));
        }

        /** The courses mapped to the competency, the highest level they show first (then by IRI). */
        private List<CourseMapping> mappingsOf(String competencyIdentifier) {
            if (mappings == null) {
                mappings = new HashMap<>();
                for (CourseMapping m : settings.mappings()) {
                    mappings.computeIfAbsent(m.getCompetencyIdentifier(), k -> new ArrayList<>()).add(m);
                }
                mappings.values().forEach(list -> list.sort(Comparator.comparingInt(CourseMapping::getLevelShown)
                        .reversed().thenComparing(CourseMapping::getCourseIri)));
            }
            return mappings.getOrDefault(competencyIdentifier, List.of());
        }
    }

    Words words() {
        return new Words();
    }

    EvidenceView view(EvidencePiece e, CompetencyEntry competency, Words words) {
        String givenBy = e.kind() == EvidenceKind.COURSE_COMPLETION && e.sourceRef() != null
                ? words.courseTitle(e.sourceRef())
                : Actor.SYSTEM_NAME.equals(e.givenBy()) ? "CareLearn" : words.personName(e.givenBy());
        Map<String, String> statements = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        competency.competency().indicators().forEach(i -> {
            statements.put(i.identifier(), i.statement());
            order.put(i.identifier(), order.size());
        });
        // the checklist's order, as the validator saw it
        List<EvidenceView.IndicatorView> indicators = e.verdicts().stream()
                .sorted(Comparator.comparingInt(i -> order.getOrDefault(i.indicatorIdentifier(),
                        Integer.MAX_VALUE)))
                .map(i -> new EvidenceView.IndicatorView(i.indicatorIdentifier(),
                        statements.getOrDefault(i.indicatorIdentifier(), i.indicatorIdentifier()), i.met(),
                        i.comment()))
                .toList();
        String met = indicators.isEmpty() ? null : indicators.stream().filter(EvidenceView.IndicatorView::met).count()
                + " of " + indicators.size() + " indicators met";
        return new EvidenceView(e.id(), e.competencyIdentifier(), e.kind().name(), e.kind().getLabel(), e.level(),
                competency.levelLabel(e.level()), e.givenOn(), givenBy, e.comment(), e.frameworkVersion(), met,
                e.kind() == EvidenceKind.PRIOR_LEARNING, e.statementId(), indicators);
    }

    /** What the person (or their manager) does next about this competency, in one sentence. */
    String nextStep(CompetencyEntry competency, Standing standing, Words words) {
        return switch (standing.status()) {
            case COMPETENT -> "Nothing to do now: current until " + DateStyle.date(standing.currentUntil()) + ".";
            case EXPIRING -> "Renew before " + DateStyle.date(standing.lapsesOn()) + ": "
                    + ways(competency, standing.levelNeeded(), words) + ".";
            case EXPIRED -> "Lapsed on " + DateStyle.date(standing.lapsesOn()) + ". To show it again: "
                    + ways(competency, standing.levelNeeded(), words) + ".";
            case IN_PROGRESS, NOT_STARTED -> "To show " + competency.levelLabel(standing.levelNeeded()) + ": "
                    + ways(competency, standing.levelNeeded(), words) + ".";
        };
    }

    private static String ways(CompetencyEntry competency, int level, Words words) {
        List<String> courses = words.mappingsOf(competency.identifier()).stream()
                .filter(m -> m.getLevelShown() >= level)
                .map(m -> "\"" + words.courseTitle(m.getCourseIri()) + "\"")
                .toList();
        return courses.isEmpty() ? "ask for an observed validation by an approved validator"
                : "complete " + String.join(" or ", courses) + ", or ask for an observed validation";
    }
}
