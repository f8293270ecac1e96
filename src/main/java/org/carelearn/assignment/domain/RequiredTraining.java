package org.carelearn.assignment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where one person stands with the courses required of them, on a given day: how many there are, how many are
 * complete, how many are overdue, and when the next open one is due. A course counts once, however many
 * rules require it; a waived course does not count while its waiver lasts.
 */
public record RequiredTraining(int required, int completed, int overdue, LocalDate nextDue) {

    /** Nothing is required of the person. */
    public static final RequiredTraining NONE = new RequiredTraining(0, 0, 0, null);

    public static RequiredTraining of(Collection<Requirement> all, LocalDate today) {
        List<Requirement> requirements = all.stream().filter(r -> !r.isWaived()).toList();
        LocalDate nextDue = requirements.stream().filter(Requirement::isOutstanding).map(Requirement::dueOn)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        return new RequiredTraining(requirements.size(),
                (int) requirements.stream().filter(Requirement::isCompleted).count(),
                (int) requirements.stream().filter(r -> r.isOverdue(today)).count(), nextDue);
    }

    public boolean isNone() {
        return required == 0;
    }

    public boolean isAllComplete() {
        return required > 0 && completed == required;
    }
}
