package org.carelearn.learning.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Where one person stands with the courses required of them, on a given day: how many there are, how many are
 * complete, how many are overdue, and when the next open one is due. A course counts once: if it has been
 * required more than once (a later assignment after a completion), the latest required enrolment decides.
 */
public record RequiredTraining(int required, int completed, int overdue, LocalDate nextDue) {

    /** Nothing is required of the person. */
    public static final RequiredTraining NONE = new RequiredTraining(0, 0, 0, null);

    private static final BinaryOperator<Enrolment> LATEST = (a, b) -> a.getEnrolledAt().isAfter(b.getEnrolledAt())
            ? a : b;

    /** From all of one person's enrolments (optional ones are left out here). */
    public static RequiredTraining of(Collection<Enrolment> enrolments, LocalDate today) {
        Map<String, Enrolment> byCourse = enrolments.stream()
                .filter(e -> e.getRequirement() == Requirement.REQUIRED)
                .collect(Collectors.toMap(Enrolment::getCourseIri, e -> e, LATEST));
        Collection<Enrolment> latest = byCourse.values();
        LocalDate nextDue = latest.stream().filter(e -> !e.isCompleted() && e.getDueOn() != null)
                .map(Enrolment::getDueOn).min(Comparator.naturalOrder()).orElse(null);
        return new RequiredTraining(latest.size(), (int) latest.stream().filter(Enrolment::isCompleted).count(),
                (int) latest.stream().filter(e -> e.isOverdue(today)).count(), nextDue);
    }

    public boolean isNone() {
        return required == 0;
    }

    public boolean isAllComplete() {
        return required > 0 && completed == required;
    }
}
