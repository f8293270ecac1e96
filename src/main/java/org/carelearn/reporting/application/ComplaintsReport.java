package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carelearn.casework.application.CaseFacts;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.Tally;

/**
 * Complaints against training: cases per department and category from reporting's own read model, beside the
 * coverage (from the coverage report, at the period's end) of the competencies casework maps each category to.
 * A cell stands out, in words, when the department had more cases of the category than the average department, at
 * least {@link #FEWEST_TO_STAND_OUT}, and fewer than 70 % of its people who need a mapped competency hold it
 * (coverage's low band): many communication complaints where empathetic communication is thin.
 */
@ApplicationScoped
public class ComplaintsReport {

    /** A cell with fewer cases never stands out: one or two cases are no pattern. */
    public static final int FEWEST_TO_STAND_OUT = 3;
    /** Coverage below this share (coverage's low band) counts as low. */
    public static final int LOW_COVERAGE = 70;
    public static final int DEFAULT_MONTHS = 12;

    @Inject
    private CaseStore cases;

    @Inject
    private CaseFacts casework;

    @Inject
    private CoverageReport coverage;

    @Inject
    private CoverageStore people;

    @Inject
    private HospitalTime time;

    /** The last 12 months, this one included, of both kinds. */
    public ComplaintsQuery defaultQuery() {
        YearMonth now = YearMonth.from(time.today());
        return new ComplaintsQuery(now.minusMonths(DEFAULT_MONTHS - 1L), now, null);
    }

    public ComplaintsTable table(ComplaintsQuery query) {
        LocalDate today = time.today();
        YearMonth now = YearMonth.from(today);
        if (query.from().isAfter(query.until())) {
            throw new BusinessRuleException("The period ends (" + query.until() + ") before it starts ("
                    + query.from() + ")");
        }
        if (query.until().isAfter(now)) {
            throw new BusinessRuleException("Cases are known up to this month (" + now + "), not " + query.until());
        }
        String kind = query.kind() == null || query.kind().isBlank() ? null : query.kind();
        if (kind != null && !kind.equals("COMPLAINT") && !kind.equals("GRIEVANCE")) {
            throw new BusinessRuleException("Choose complaints, grievances or both");
        }
        LocalDate end = query.until().equals(now) ? today : query.until().atEndOfMonth();
        List<ComplaintsTable.Category> categories = categories();
        CoverageMatrix matrix = coverage.matrix(new CoverageQuery(null, end));

        Map<String, Map<String, int[]>> counts = new HashMap<>();
        for (CaseStore.CaseCount c : cases.counts(query.from().atDay(1), end, kind)) {
            int[] kinds = counts.computeIfAbsent(c.departmentCode(), k -> new HashMap<>())
                    .computeIfAbsent(c.categoryCode(), k -> new int[2]);
            kinds[c.kind().equals("GRIEVANCE") ? 1 : 0] += c.cases();
        }
        Map<String, String> names = new TreeMap<>();
        Map<String, String> known = people.departments();
        matrix.rows().forEach(r -> names.put(r.departmentCode(), r.departmentName()));
        counts.keySet().forEach(d -> names.putIfAbsent(d, known.getOrDefault(d, d)));
        Map<String, CoverageRow> coverageRows = new HashMap<>();
        matrix.rows().forEach(r -> coverageRows.put(r.departmentCode(), r));

        int most = counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(k -> k[0] + k[1]).max()
                .orElse(0);
        Map<String, Double> average = new HashMap<>();
        for (ComplaintsTable.Category category : categories) {
            int sum = counts.values().stream().mapToInt(m -> m.containsKey(category.code())
                    ? m.get(category.code())[0] + m.get(category.code())[1] : 0).sum();
            average.put(category.code(), names.isEmpty() ? 0 : (double) sum / names.size());
        }
        List<ComplaintsTable.Row> rows = new ArrayList<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(d -> {
            Map<String, ComplaintsTable.Cell> cells = new LinkedHashMap<>();
            CoverageRow row = coverageRows.get(d.getKey());
            for (ComplaintsTable.Category category : categories) {
                int[] kinds = counts.getOrDefault(d.getKey(), Map.of()).getOrDefault(category.code(), new int[2]);
                List<ComplaintsTable.Coverage> mapped = category.competencies().stream()
                        .map(k -> new ComplaintsTable.Coverage(k, row == null ? Tally.EMPTY
                                : row.cell(k.identifier()))).toList();
                int total = kinds[0] + kinds[1];
                boolean low = mapped.stream().anyMatch(m -> m.tally().total() > 0
                        && m.tally().holding() * 100L < (long) LOW_COVERAGE * m.tally().total());
                boolean standsOut = total >= FEWEST_TO_STAND_OUT && total > average.get(category.code()) && low;
                cells.put(category.code(), new ComplaintsTable.Cell(kinds[0], kinds[1], mapped, standsOut,
                        heat(total, most)));
            }
            rows.add(new ComplaintsTable.Row(d.getKey(), d.getValue(), cells));
        });
        return new ComplaintsTable(query.from(), query.until(), kind, end, categories, rows, most);
    }

    /** Casework's categories, each with the competencies (of the frameworks' newest versions) it maps to. */
    public List<ComplaintsTable.Category> categories() {
        Map<String, ReportCompetency> competencies = new HashMap<>();
        people.competencies().forEach(c -> competencies.put(c.identifier(), c));
        Map<String, List<String>> links = casework.competenciesByCategory();
        List<ComplaintsTable.Category> categories = new ArrayList<>();
        casework.categories().forEach((code, name) -> categories.add(new ComplaintsTable.Category(code, name,
                links.getOrDefault(code, List.of()).stream().filter(competencies::containsKey)
                        .map(competencies::get).toList())));
        return categories;
    }

    /** 0 for no case, else 1 to 3 by thirds of the most cases any cell has: the shade, the number says it too. */
    private static int heat(int cases, int most) {
        if (cases == 0 || most == 0) {
            return 0;
        }
        return cases * 3 <= most ? 1 : cases * 3 <= most * 2 ? 2 : 3;
    }
}
