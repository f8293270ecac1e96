package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carelearn.competency.application.StandingPolicy;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.Tally;
import org.carelearn.reporting.domain.TrainingEffect;

/**
 * The training effect for a department and a category of case: coverage of the mapped competency at each of the
 * last {@link #HISTORY_MONTHS} whole months' ends, reconstructed from reporting's evidence and requirements as the
 * coverage matrix does on a past day (the people, and what their jobs require, as they are today; the evidence as it
 * had been given by then), and the cases of the category per month from reporting's own cases; then
 * {@link TrainingEffect} finds the month coverage passed the threshold and compares the periods around it.
 */
@ApplicationScoped
public class TrainingEffectReport {

    /** How far back coverage is reconstructed, in whole months. */
    public static final int HISTORY_MONTHS = 36;
    public static final int MOST_MONTHS = 24;

    @Inject
    private CoverageStore people;

    @Inject
    private CaseStore cases;

    @Inject
    private ComplaintsReport complaints;

    @Inject
    private StandingPolicy policy;

    @Inject
    private HospitalTime time;

    public EffectView effect(EffectQuery query) {
        if (query.thresholdPercent() < 1 || query.thresholdPercent() > 100) {
            throw new BusinessRuleException("The threshold is a share from 1 to 100 %");
        }
        if (query.months() < 1 || query.months() > MOST_MONTHS) {
            throw new BusinessRuleException("Each period is 1 to " + MOST_MONTHS + " months");
        }
        String department = blankToNull(query.departmentCode());
        if (department == null) {
            throw new BusinessRuleException("Choose a department");
        }
        if (!people.departments().containsKey(department)) {
            throw new BusinessRuleException("No department with staff has the code \"" + department + "\"");
        }
        ComplaintsTable.Category category = complaints.categories().stream()
                .filter(c -> c.code().equals(query.categoryCode())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Choose a category of case"));
        if (category.competencies().isEmpty()) {
            throw new BusinessRuleException(category.name() + " is linked to no competency: patient relations"
                    + " managers link categories to competencies on Competencies cases need");
        }
        String wanted = blankToNull(query.competencyIdentifier());
        ReportCompetency competency = wanted == null ? category.competencies().get(0)
                : category.competencies().stream().filter(k -> k.identifier().equals(wanted)).findFirst()
                        .orElseThrow(() -> new BusinessRuleException(category.name()
                                + " is not linked to that competency"));

        YearMonth lastWhole = YearMonth.from(time.today()).minusMonths(1);
        YearMonth first = lastWhole.minusMonths(HISTORY_MONTHS - 1L);
        TreeMap<YearMonth, Tally> coverage = coverage(department, competency.identifier(), first, lastWhole);
        Map<YearMonth, Integer> monthly = cases.monthly(department, category.code(),
                first.minusMonths(query.months()), lastWhole);
        TrainingEffect effect = TrainingEffect.of(coverage, monthly, query.thresholdPercent(), query.months(),
                lastWhole);

        List<EffectView.Month> history = new ArrayList<>();
        for (YearMonth m = first.minusMonths(query.months()); !m.isAfter(lastWhole); m = m.plusMonths(1)) {
            EffectView.Period period = effect.before().contains(m) ? EffectView.Period.BEFORE
                    : effect.after().contains(m) ? EffectView.Period.AFTER
                    : m.equals(effect.crossing()) ? EffectView.Period.PASSED : EffectView.Period.OUTSIDE;
            history.add(new EffectView.Month(m, coverage.get(m), monthly.getOrDefault(m, 0), period));
        }
        String name = people.departments().getOrDefault(department, department);
        return new EffectView(department, name, category.code(), category.name(), competency,
                category.competencies(), query.thresholdPercent(), query.months(), history, effect);
    }

    /** The department's coverage of the competency at each month's end, from its people's evidence by then. */
    private TreeMap<YearMonth, Tally> coverage(String department, String competency, YearMonth first,
            YearMonth last) {
        StandingRule rule = policy.rule();
        TreeMap<YearMonth, Tally> coverage = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            coverage.put(m, Tally.EMPTY);
        }
        for (PersonFacts person : people.people(department, null)) {
            ReportNeed need = person.needs().stream().filter(n -> n.competencyIdentifier().equals(competency))
                    .findFirst().orElse(null);
            if (need == null) {
                continue;
            }
            List<Evidence> evidence = person.evidence().stream()
                    .filter(e -> e.competencyIdentifier().equals(competency)).map(ReportEvidence::evidence).toList();
            CompetencyNeed needed = new CompetencyNeed(need.levelNeeded(), need.monthsCurrent());
            for (Map.Entry<YearMonth, Tally> month : coverage.entrySet()) {
                month.setValue(month.getValue().plus(rule.standing(evidence, needed, month.getKey().atEndOfMonth())
                        .status()));
            }
        }
        return coverage;
    }

    /** The departments the page offers: those with people or cases, code to name. */
    public Map<String, String> departments() {
        return new HashMap<>(people.departments());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
