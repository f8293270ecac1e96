package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.reporting.application.TrainingStore.MonthRow;
import org.carelearn.reporting.domain.ComplianceRule;
import org.carelearn.reporting.domain.Episode;
import org.carelearn.reporting.domain.PersonTraining;

/**
 * A person's counts for the compliance aggregate: {@link ComplianceRule} at the end of each of the last
 * {@value ComplianceReport#MONTHS} months (the current one up to the day), and the first later day the current
 * month's count may change by time alone. The rule depends on the day only through the days of the person's
 * history (placements, a course reaching them, falling due, ending, completions, the day each recertification
 * lapses, and the first day a waiver covers and the day after its last), so the count stays the same until the
 * earliest of those after the day.
 */
final class ComplianceMonths {

    private ComplianceMonths() {
    }

    /** The months the report shows on the day, oldest first. */
    static List<YearMonth> shownOn(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = ComplianceReport.MONTHS - 1; back >= 0; back--) {
            months.add(YearMonth.from(today).minusMonths(back));
        }
        return months;
    }

    static List<MonthRow> of(PersonTraining person, LocalDate today) {
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth month : shownOn(today)) {
            LocalDate last = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
            ComplianceRule.count(person, month.atDay(1), last).ifPresent(counted -> rows.add(new MonthRow(
                    person.employeeId(), month, counted.departmentCode(), counted.count())));
        }
        return rows;
    }

    static LocalDate nextChange(PersonTraining person, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        person.placements().forEach(p -> days.add(p.from()));
        for (Episode e : person.episodes()) {
            days.add(e.reachedOn());
            days.add(e.dueOn());
            days.add(e.endedOn());
            List<LocalDate> completions = person.completions().getOrDefault(e.courseIri(), List.of());
            for (LocalDate completed : completions) {
                days.add(completed);
                if (e.recurMonths() != null) {
                    days.add(completed.plusMonths(e.recurMonths()));
                }
            }
        }
        person.completions().values().forEach(days::addAll);
        person.waivers().forEach(w -> {
            days.add(w.fromOn());
            days.add(w.throughOn().plusDays(1));
        });
        return days.stream().filter(d -> d != null && d.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    }
}
