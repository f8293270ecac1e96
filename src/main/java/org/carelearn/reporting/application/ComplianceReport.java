package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.MonthCount;

/**
 * Leadership's compliance over time, from reporting's training-history read model only: for each of the last
 * {@value #MONTHS} months (the current one up to today), each department's required training at the month's end
 * as {@link org.carelearn.reporting.domain.ComplianceRule} reconstructs it from the history.
 */
@ApplicationScoped
public class ComplianceReport {

    public static final int MONTHS = 24;

    @Inject
    private TrainingStore store;

    @Inject
    private HospitalTime time;

    @Inject
    private ReadModelUpkeep upkeep;

    /**
     * Reads the compliance aggregate (brought up to today first, when a new day began since): each department's
     * counts by month, added up when it is written, not worked out from everyone's history at each load.
     */
    public ComplianceTable lastMonths() {
        upkeep.bringUpToToday();
        LocalDate today = time.today();
        List<YearMonth> months = ComplianceMonths.shownOn(today);
        Map<String, Map<YearMonth, MonthCount>> byDepartment = store.months(months.get(0));
        Map<YearMonth, MonthCount> hospital = new HashMap<>();
        Map<String, String> names = store.departmentNames();
        List<ComplianceTable.Department> departments = new ArrayList<>();
        byDepartment.forEach((code, counts) -> {
            counts.keySet().retainAll(months);
            if (counts.values().stream().anyMatch(c -> c.required() > 0 || c.due() > 0)) {
                departments.add(new ComplianceTable.Department(code, names.getOrDefault(code, code), counts));
                counts.forEach((month, count) -> hospital.merge(month, count, MonthCount::plus));
            }
        });
        departments.sort(java.util.Comparator.comparing(ComplianceTable.Department::name));
        return new ComplianceTable(months, departments,
                new ComplianceTable.Department(null, "Whole hospital", hospital));
    }
}
