package org.carelearn.reporting.application.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.CompetencyFacts;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.application.CoverageMatrix;
import org.carelearn.reporting.application.CoverageQuery;
import org.carelearn.reporting.application.CoverageReport;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.domain.ExperienceMeasureChanged;
import org.carelearn.reporting.domain.ExperienceScore;
import org.carelearn.reporting.domain.Quarter;
import org.carelearn.reporting.domain.Tally;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;

/**
 * Patient experience scores beside coverage: each department's result for a measure in each quarter, next to the
 * share of the department's people who need the measure's competency and held it at the quarter's end, as the
 * coverage matrix counts it on that day (people and what their jobs require as they are today; the evidence as it
 * was then). Also the measures and their competency mapping, which leadership keeps.
 */
@ApplicationScoped
public class ExperienceReport {

    @Inject
    private ExperienceStore store;

    @Inject
    private CoverageReport coverage;

    @Inject
    private Organisation organisation;

    @Inject
    private CompetencyFacts competencyFacts;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ExperienceMeasureChanged> changed;

    /**
     * The scores of one department (every department for null) and one measure (every measure for null), by
     * department name, measure and quarter, newest first.
     */
    public List<ExperienceRow> rows(String departmentCode, String measure) {
        Map<String, String> measures = store.measures();
        Map<String, String> departmentNames = new HashMap<>();
        organisation.activeDepartments().forEach(d -> departmentNames.put(d.code(), d.name()));
        Map<String, ReportCompetency> competencies = new HashMap<>();
        coverageCompetencies().forEach(c -> competencies.put(c.identifier(), c));
        LocalDate today = time.today();
        Map<LocalDate, CoverageMatrix> matrices = new HashMap<>();
        List<ExperienceRow> rows = new ArrayList<>();
        for (ExperienceScore s : store.scores()) {
            if (departmentCode != null && !departmentCode.equals(s.departmentCode())
                    || measure != null && !measure.equals(s.measure())) {
                continue;
            }
            ReportCompetency competency = competencies.get(measures.get(s.measure()));
            String name = departmentNames.getOrDefault(s.departmentCode(), s.departmentCode());
            if (competency == null) {
                rows.add(new ExperienceRow(s.departmentCode(), name, s.quarter().toString(), s.measure(),
                        s.topBoxPercent(), s.surveys(), null, null, null, null));
                continue;
            }
            LocalDate day = s.quarter().lastDay().isAfter(today) ? today : s.quarter().lastDay();
            CoverageMatrix matrix = matrices.computeIfAbsent(day, d -> coverage.matrix(new CoverageQuery(null, d)));
            Tally tally = matrix.rows().stream().filter(r -> r.departmentCode().equals(s.departmentCode()))
                    .findFirst().map(r -> r.cell(competency.identifier())).orElse(Tally.EMPTY);
            rows.add(new ExperienceRow(s.departmentCode(), name, s.quarter().toString(), s.measure(),
                    s.topBoxPercent(), s.surveys(), competency.label(), day, tally.holding(), tally.total()));
        }
        List<String> order = new ArrayList<>(measures.keySet());
        rows.sort(Comparator.comparing(ExperienceRow::departmentName).thenComparing(r -> order.indexOf(r.measure()))
                .thenComparing(ExperienceRow::quarter, Comparator.reverseOrder()));
        return rows;
    }

    /** The measures in their order, name to the competency it maps to (null for none). */
    public Map<String, String> measures() {
        return store.measures();
    }

    /**
     * The competencies a measure can map to: those of every framework's newest version, as competency lists them
     * (the same the coverage matrix has columns for), in the frameworks' order.
     */
    public List<ReportCompetency> coverageCompetencies() {
        List<CompetencyEntry> entries = competencyFacts.competencies();
        List<ReportCompetency> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CompetencyEntry e = entries.get(i);
            all.add(new ReportCompetency(e.identifier(), e.competency().code(), e.title(), e.frameworkTitle(), i));
        }
        return all;
    }

    /** The departments scores may be given for (the directory's active ones), by name. */
    public List<OrgUnit> departments() {
        return organisation.activeDepartments();
    }

    /** Adds a measure of another patient experience survey, so that an import may name it. */
    @Transactional
    public void addMeasure(Actor actor, String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 120) {
            throw new BusinessRuleException("A measure's name is 1 to 120 characters");
        }
        if (!store.addMeasure(clean)) {
            throw new BusinessRuleException("The measure \"" + clean + "\" is already listed");
        }
        changed.fire(new ExperienceMeasureChanged(actor, clean, "Measure \"" + clean + "\" added"));
    }

    /** Maps a measure to the competency whose coverage its scores are shown beside (blank: to none). */
    @Transactional
    public void map(Actor actor, String measure, String competencyIdentifier) {
        String identifier = competencyIdentifier == null || competencyIdentifier.isBlank() ? null
                : competencyIdentifier.strip();
        Optional<ReportCompetency> competency = identifier == null ? Optional.empty()
                : coverageCompetencies().stream().filter(c -> c.identifier().equals(identifier)).findFirst();
        if (identifier != null && competency.isEmpty()) {
            throw new BusinessRuleException("No competency has the identifier \"" + identifier + "\"");
        }
        if (!store.mapMeasure(measure, identifier)) {
            throw new BusinessRuleException("No measure is called \"" + measure + "\"");
        }
        changed.fire(new ExperienceMeasureChanged(actor, measure, "Measure \"" + measure + "\" "
                + competency.map(c -> "mapped to " + c.label()).orElse("mapped to no competency")));
    }

    /** The measure as listed, matched in any case; empty when there is none. */
    public Optional<String> measure(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        return store.measures().keySet().stream().filter(m -> m.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
