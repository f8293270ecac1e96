package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.carelearn.reporting.domain.Tally;

/**
 * Departments × categories of case: in each cell the complaints and grievances received in the period and, beside
 * them, how the department's people who need each competency the category maps to stood at the period's end.
 *
 * @param coverageOn the day coverage is decided on: the period's last day, or today in the current month
 */
public record ComplaintsTable(YearMonth from, YearMonth until, String kind, LocalDate coverageOn,
        List<Category> categories, List<Row> rows, int mostCases) {

    /** A category of case and the competencies it maps to (none when patient relations linked none). */
    public record Category(String code, String name, List<ReportCompetency> competencies) {
    }

    /** A department's cells, by category code. */
    public record Row(String departmentCode, String departmentName, Map<String, Cell> cells) {

        public Cell cell(String categoryCode) {
            return cells.getOrDefault(categoryCode, Cell.EMPTY);
        }
    }

    /** One competency's coverage in a cell: empty when nobody in the department needs it. */
    public record Coverage(ReportCompetency competency, Tally tally) {
    }

    /**
     * @param standsOut more cases than the average department had in the category, at least
     *        {@link ComplaintsReport#FEWEST_TO_STAND_OUT}, and a mapped competency held by under 70 %
     */
    public record Cell(int complaints, int grievances, List<Coverage> coverage, boolean standsOut, int heat) {

        static final Cell EMPTY = new Cell(0, 0, List.of(), false, 0);

        public int cases() {
            return complaints + grievances;
        }
    }
}
