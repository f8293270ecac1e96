package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.Standing;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/** Puts evidence and standings into the words the profile shows: who gave what, and what to do next. */
@ApplicationScoped
class EvidenceDescriptions {

    @Inject
    private StaffDirectory directory;

    @Inject
    private Catalog catalog;

    @Inject
    private FrameworkRepository settings;

    /** @param names employee ids already named in this view, to read each person once */
    EvidenceView view(EvidenceRecord e, CompetencyEntry competency, Map<String, String> names) {
        String givenBy = e.getKind() == EvidenceKind.COURSE_COMPLETION && e.getSourceRef() != null
                ? catalog.course(e.getSourceRef()).map(CourseSummary::title).orElse(e.getSourceRef())
                : Actor.SYSTEM_NAME.equals(e.getGivenBy()) ? "CareLearn"
                : names.computeIfAbsent(e.getGivenBy(), id -> directory.person(id).map(StaffPerson::displayName)
                        .orElse(id));
        Map<String, String> statements = new java.util.HashMap<>();
        competency.competency().indicators().forEach(i -> statements.put(i.identifier(), i.statement()));
        List<EvidenceView.IndicatorView> indicators = e.getIndicators().stream()
                .map(i -> new EvidenceView.IndicatorView(i.getIndicatorIdentifier(),
                        statements.getOrDefault(i.getIndicatorIdentifier(), i.getIndicatorIdentifier()), i.isMet(),
                        i.getComment()))
                .toList();
        String met = indicators.isEmpty() ? null : indicators.stream().filter(EvidenceView.IndicatorView::met).count()
                + " of " + indicators.size() + " indicators met";
        return new EvidenceView(e.getId(), e.getCompetencyIdentifier(), e.getKind().name(), e.getKind().getLabel(),
                e.getLevel(), competency.levelLabel(e.getLevel()), e.getGivenOn(), givenBy, e.getComment(),
                e.getFrameworkVersion(), met, e.getKind() == EvidenceKind.PRIOR_LEARNING, e.getStatementId(),
                indicators);
    }

    /** What the person (or their manager) does next about this competency, in one sentence. */
    String nextStep(CompetencyEntry competency, Standing standing) {
        String renew = ways(competency, standing.levelNeeded());
        return switch (standing.status()) {
            case COMPETENT -> "Nothing to do now: current until " + DateStyle.date(standing.currentUntil()) + ".";
            case EXPIRING -> "Renew before " + DateStyle.date(standing.lapsesOn()) + ": " + renew + ".";
            case EXPIRED -> "Lapsed on " + DateStyle.date(standing.lapsesOn()) + ". To show it again: " + renew + ".";
            case IN_PROGRESS, NOT_STARTED -> "To show " + competency.levelLabel(standing.levelNeeded()) + ": " + renew
                    + ".";
        };
    }

    private String ways(CompetencyEntry competency, int level) {
        List<String> courses = settings.mappingsOfCompetency(competency.identifier()).stream()
                .filter(m -> m.getLevelShown() >= level)
                .map(m -> "\"" + catalog.course(m.getCourseIri()).map(CourseSummary::title).orElse(m.getCourseIri())
                        + "\"")
                .toList();
        return courses.isEmpty() ? "ask for an observed validation by an approved validator"
                : "complete " + String.join(" or ", courses) + ", or ask for an observed validation";
    }

}
