package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.competency.application.StandingPolicy;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.Standing;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.Tally;

/**
 * Leadership's coverage matrix, from reporting's read model only: for each department and each competency, the
 * people whose job requires it, and where each stood on the day, as competency's {@link StandingRule} decides
 * from the evidence they had by then. The people and what their jobs require are as they are now (the read model
 * keeps where people sit today, not where they sat then); a past day changes only which evidence counts.
 */
@ApplicationScoped
public class CoverageReport {

    @Inject
    private CoverageStore store;

    @Inject
    private StandingPolicy policy;

    @Inject
    private HospitalTime time;

    @Inject
    private ReadModelUpkeep upkeep;

    /**
     * Today's matrix reads the coverage aggregate (brought up to today first, when a new day began since); a past
     * day is decided from every person's evidence, as {@link #people} does.
     */
    public CoverageMatrix matrix(CoverageQuery query) {
        LocalDate on = day(query);
        if (on.equals(time.today())) {
            return today(query);
        }
        List<ReportCompetency> competencies = store.competencies();
        StandingRule rule = policy.rule();
        Map<String, Map<String, Tally>> byDepartment = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Tally> hospital = new HashMap<>();
        for (PersonFacts person : store.people(null, blankToNull(query.jobRoleCode()))) {
            String department = person.person().departmentCode();
            names.putIfAbsent(department, person.person().departmentName());
            Map<String, Tally> cells = byDepartment.computeIfAbsent(department, k -> new HashMap<>());
            Map<String, List<Evidence>> evidence = evidenceByCompetency(person);
            for (ReportNeed need : person.needs()) {
                CompetencyStatus status = standing(rule, need, evidence, on).status();
                cells.merge(need.competencyIdentifier(), Tally.EMPTY.plus(status), Tally::plus);
                hospital.merge(need.competencyIdentifier(), Tally.EMPTY.plus(status), Tally::plus);
            }
        }
        List<CoverageRow> rows = new ArrayList<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(d -> rows.add(
                new CoverageRow(d.getKey(), d.getValue(), byDepartment.get(d.getKey()))));
        return new CoverageMatrix(on, blankToNull(query.jobRoleCode()), competencies, rows,
                new CoverageRow(null, "Whole hospital", hospital));
    }

    private CoverageMatrix today(CoverageQuery query) {
        upkeep.bringUpToToday();
        String jobRole = blankToNull(query.jobRoleCode());
        CoverageCounts counts = store.counts(jobRole);
        Map<String, Map<String, Tally>> byDepartment = new HashMap<>();
        Map<String, Tally> hospital = new HashMap<>();
        for (CoverageCounts.Cell cell : counts.cells()) {
            Tally tally = Tally.of(cell.status(), cell.people());
            byDepartment.computeIfAbsent(cell.departmentCode(), k -> new HashMap<>())
                    .merge(cell.competencyIdentifier(), tally, Tally::plus);
            hospital.merge(cell.competencyIdentifier(), tally, Tally::plus);
        }
        List<CoverageRow> rows = new ArrayList<>();
        counts.departments().stream().sorted(java.util.Comparator.comparing(CoverageCounts.Department::name))
                .forEach(d -> rows.add(new CoverageRow(d.code(), d.name(), byDepartment.getOrDefault(d.code(),
                        Map.of()))));
        return new CoverageMatrix(time.today(), jobRole, store.competencies(), rows,
                new CoverageRow(null, "Whole hospital", hospital));
    }

    /**
     * The people behind one cell, by name: those in the department (every department for null) whose job requires
     * the competency, each with their standing on the day; only those in the status when one is given.
     */
    public List<CoveragePerson> people(CoverageQuery query, String departmentCode, String competencyIdentifier,
            CompetencyStatus status) {
        LocalDate on = day(query);
        if (competencyIdentifier == null || competencyIdentifier.isBlank()) {
            throw new BusinessRuleException("Choose a competency to see the people behind a cell");
        }
        StandingRule rule = policy.rule();
        List<CoveragePerson> people = new ArrayList<>();
        for (PersonFacts person : store.people(blankToNull(departmentCode), blankToNull(query.jobRoleCode()))) {
            Optional<ReportNeed> need = person.needs().stream()
                    .filter(n -> n.competencyIdentifier().equals(competencyIdentifier)).findFirst();
            if (need.isEmpty()) {
                continue;
            }
            Standing standing = standing(rule, need.get(), evidenceByCompetency(person), on);
            if (status == null || standing.status() == status) {
                ReportPerson p = person.person();
                people.add(new CoveragePerson(p.employeeId(), p.displayName(), p.sortName(), p.departmentName(),
                        p.jobRoleTitle(), standing.status(), standing.levelShown(), standing.levelNeeded(),
                        standing.lapsesOn()));
            }
        }
        people.sort(java.util.Comparator.comparing(CoveragePerson::sortName)
                .thenComparing(CoveragePerson::employeeId));
        return people;
    }

    public Optional<ReportCompetency> competency(String identifier) {
        return store.competencies().stream().filter(c -> c.identifier().equals(identifier)).findFirst();
    }

    /** The departments of the people reported on, code to name. */
    public Map<String, String> departments() {
        return store.departments();
    }

    /** The job roles of the people reported on, code to title. */
    public Map<String, String> jobRoles() {
        return store.jobRoles();
    }

    private LocalDate day(CoverageQuery query) {
        LocalDate today = time.today();
        if (query.on() == null) {
            return today;
        }
        if (query.on().isAfter(today)) {
            throw new BusinessRuleException("Coverage is known up to today (" + today + "), not on "
                    + query.on());
        }
        return query.on();
    }

    private static Standing standing(StandingRule rule, ReportNeed need, Map<String, List<Evidence>> evidence,
            LocalDate on) {
        return rule.standing(evidence.getOrDefault(need.competencyIdentifier(), List.of()),
                new CompetencyNeed(need.levelNeeded(), need.monthsCurrent()), on);
    }

    private static Map<String, List<Evidence>> evidenceByCompetency(PersonFacts person) {
        Map<String, List<Evidence>> all = new HashMap<>();
        person.evidence().forEach(e -> all.computeIfAbsent(e.competencyIdentifier(), k -> new ArrayList<>())
                .add(e.evidence()));
        return all;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
