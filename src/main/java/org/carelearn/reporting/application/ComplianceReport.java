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
import org.carelearn.reporting.domain.ComplianceRule;
import org.carelearn.reporting.domain.MonthCount;
import org.carelearn.reporting.domain.PersonTraining;

/**
 * Leadership's compliance over time, from reporting's training-history read model only: for each of the last
 * {@value #MONTHS} months (the current one up to today), each department's required training at the month's end
 * as {@link ComplianceRule} reconstructs it from the history.
 */
@ApplicationScoped
public class ComplianceReport {

    public static final int MONTHS = 24;

    @Inject
    private TrainingStore store;

    @Inject
    private HospitalTime time;

    public ComplianceTable lastMonths() {
        LocalDate today = time.today();
        List<YearMonth> months = new ArrayList<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            months.add(YearMonth.from(today).minusMonths(back));
        }
        Map<String, Map<YearMonth, MonthCount>> byDepartment = new HashMap<>();
        Map<YearMonth, MonthCount> hospital = new HashMap<>();
        for (PersonTraining person : store.everyone()) {
            for (YearMonth month : months) {
                LocalDate last = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
                ComplianceRule.count(person, month.atDay(1), last).ifPresent(counted -> {
                    byDepartment.computeIfAbsent(counted.departmentCode(), k -> new HashMap<>())
                            .merge(month, counted.count(), MonthCount::plus);
                    hospital.merge(month, counted.count(), MonthCount::plus);
                });
            }
        }
        Map<String, String> names = store.departmentNames();
        List<ComplianceTable.Department> departments = new ArrayList<>();
        byDepartment.forEach((code, counts) -> {
            if (counts.values().stream().anyMatch(c -> c.required() > 0 || c.due() > 0)) {
                departments.add(new ComplianceTable.Department(code, names.getOrDefault(code, code), counts));
            }
        });
        departments.sort(java.util.Comparator.comparing(ComplianceTable.Department::name));
        return new ComplianceTable(months, departments,
                new ComplianceTable.Department(null, "Whole hospital", hospital));
    }
}
