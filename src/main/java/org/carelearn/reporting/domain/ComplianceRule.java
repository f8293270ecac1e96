package org.carelearn.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What was true of a person's required training at the end of a month, from their history alone (never from
 * today's state drawn backwards):
 *
 * <ul>
 * <li><b>Required</b>: each course a rule required of them on the month's last day (today, for the current month),
 * once however many rules asked for it, unless a waiver covered that day; counted in the department they sat in
 * that day, and not at all when they were out of active service or not yet known.</li>
 * <li><b>Completed</b>: of those, the ones they had completed by that day; for a course that recertifies every N
 * months, within the N months before it (the shortest N of the rules asking, the strictest).</li>
 * <li><b>Due</b>: the rounds that fell due during the month while the course was required and not waived: the
 * first due date of each rule, and for a recertifying course N months after each completion.</li>
 * <li><b>On time</b>: of those, the ones completed on or before the due day (and, for a recertifying course,
 * within the N months before it).</li>
 * </ul>
 */
public final class ComplianceRule {

    private ComplianceRule() {
    }

    /**
     * The person's count for the month from {@code first} to {@code last} (both inclusive), in the department they
     * sat in on {@code last}; empty when they were not in active service then.
     */
    public static Optional<Counted> count(PersonTraining person, LocalDate first, LocalDate last) {
        Optional<Placement> placement = person.placementOn(last);
        if (placement.isEmpty() || !placement.get().active()) {
            return Optional.empty();
        }
        Map<String, List<Episode>> byCourse = new HashMap<>();
        person.episodes().forEach(e -> byCourse.computeIfAbsent(e.courseIri(), k -> new ArrayList<>()).add(e));
        int required = 0;
        int completed = 0;
        int due = 0;
        int onTime = 0;
        for (Map.Entry<String, List<Episode>> course : byCourse.entrySet()) {
            List<Episode> episodes = course.getValue();
            List<LocalDate> completions = person.completions().getOrDefault(course.getKey(), List.of());
            Integer recur = episodes.stream().map(Episode::recurMonths).filter(m -> m != null)
                    .min(Integer::compare).orElse(null);
            if (episodes.stream().anyMatch(e -> e.activeOn(last)) && !person.waived(course.getKey(), last)) {
                required++;
                if (completedBy(completions, last, recur)) {
                    completed++;
                }
            }
            TreeSet<LocalDate> dueDays = new TreeSet<>();
            episodes.stream().map(Episode::dueOn).filter(d -> d != null).forEach(dueDays::add);
            if (recur != null) {
                completions.forEach(c -> dueDays.add(c.plusMonths(recur)));
            }
            for (LocalDate day : dueDays.subSet(first, true, last, true)) {
                if (episodes.stream().anyMatch(e -> e.activeOn(day)) && !person.waived(course.getKey(), day)) {
                    due++;
                    if (completedBy(completions, day, recur)) {
                        onTime++;
                    }
                }
            }
        }
        return Optional.of(new Counted(placement.get().departmentCode(),
                new MonthCount(required, completed, due, onTime)));
    }

    /** Whether a completion on or before the day holds then: any, or one within the recurrence's months. */
    static boolean completedBy(List<LocalDate> completions, LocalDate day, Integer recurMonths) {
        return completions.stream().anyMatch(c -> !c.isAfter(day)
                && (recurMonths == null || c.plusMonths(recurMonths).isAfter(day)));
    }

    /** A person's count and the department it goes to. */
    public record Counted(String departmentCode, MonthCount count) {
    }
}
