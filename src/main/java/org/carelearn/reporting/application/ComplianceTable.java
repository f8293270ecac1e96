package org.carelearn.reporting.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.carelearn.reporting.domain.MonthCount;

/**
 * Required training per department by month, oldest month first: each department's count at each month's end,
 * and the whole hospital's.
 */
public record ComplianceTable(List<YearMonth> months, List<Department> departments, Department hospital) {

    /** One department's counts by month (a month nobody counted in is {@link MonthCount#NONE}). */
    public record Department(String code, String name, Map<YearMonth, MonthCount> counts) {

        public Department {
            counts = Map.copyOf(counts);
        }

        public MonthCount at(YearMonth month) {
            return counts.getOrDefault(month, MonthCount.NONE);
        }
    }
}
