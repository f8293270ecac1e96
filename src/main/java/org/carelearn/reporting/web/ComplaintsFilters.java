package org.carelearn.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.reporting.application.ComplaintsQuery;
import org.carelearn.reporting.application.ComplaintsTable;

/** The complaints page's filters from the address, and its table's lines, shared by the page and the export. */
public final class ComplaintsFilters {

    static final List<String> HEADER = List.of("Department", "Category", "Complaints", "Grievances", "Cases",
            "Competency", "People who need it", "Holding the level needed", "Holding (%)", "Stands out");

    /**
     * One line: a department and category (and one competency it maps to, when it maps to any).
     *
     * @param coveragePercent null when nobody in the department needs the competency, or none is mapped
     */
    public record Line(String departmentCode, String department, String categoryCode, String category, int complaints,
            int grievances, String competency, Integer needing, Integer holding, Integer coveragePercent,
            boolean standsOut) {

        List<Object> fields() {
            return Arrays.asList(department, category, complaints, grievances, complaints + grievances, competency,
                    needing, holding, coveragePercent, standsOut ? "yes" : "no");
        }
    }

    private ComplaintsFilters() {
    }

    static ComplaintsQuery query(ComplaintsQuery defaults, String from, String until, String kind) {
        YearMonth start = month(from, defaults.from());
        YearMonth end = month(until, defaults.until());
        String k = kind == null || kind.isBlank() ? null : kind.strip();
        return new ComplaintsQuery(start, end, k);
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("The month \"" + text.strip() + "\" is not a month written as 2026-12");
        }
    }

    /** A line per department, category and mapped competency (one without a competency when none is mapped). */
    static List<Line> lines(ComplaintsTable table) {
        List<Line> lines = new ArrayList<>();
        for (ComplaintsTable.Row row : table.rows()) {
            for (ComplaintsTable.Category category : table.categories()) {
                ComplaintsTable.Cell cell = row.cell(category.code());
                if (cell.coverage().isEmpty()) {
                    lines.add(new Line(row.departmentCode(), row.departmentName(), category.code(), category.name(),
                            cell.complaints(), cell.grievances(), null, null, null, null, cell.standsOut()));
                }
                for (ComplaintsTable.Coverage c : cell.coverage()) {
                    boolean anyone = c.tally().total() > 0;
                    lines.add(new Line(row.departmentCode(), row.departmentName(), category.code(), category.name(),
                            cell.complaints(), cell.grievances(), c.competency().label(),
                            c.tally().total(), c.tally().holding(),
                            anyone ? c.tally().coveragePercent() : null, cell.standsOut()));
                }
            }
        }
        return lines;
    }
}
