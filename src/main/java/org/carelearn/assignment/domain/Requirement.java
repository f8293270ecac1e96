package org.carelearn.assignment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One course required of one person, on a given day, however many rules require it: one requirement with the
 * earliest due date of the rules that still ask for it, and the names of every rule behind it.
 *
 * @param dueOn for an open requirement, the earliest due date; for a completed one, when its validity ends
 *        (the next recertification is due), or null if it never recurs
 * @param opensOn for a completed requirement that recurs, the day its next round opens; else null
 * @param lastCompletedOn the day the person last completed the course, or null
 */
public record Requirement(String employeeId, String courseIri, RequirementState state, LocalDate dueOn,
        LocalDate opensOn, LocalDate lastCompletedOn, List<String> ruleNames, List<Long> ruleIds) {

    public Requirement {
        ruleNames = List.copyOf(ruleNames);
        ruleIds = List.copyOf(ruleIds);
    }

    /**
     * The requirements of one person from their active claims.
     *
     * @param lastCompletions the day each course was last completed by the person (courses never completed absent)
     */
    public static List<Requirement> of(String employeeId, Collection<Claim> claims,
            Map<String, LocalDate> lastCompletions, LocalDate today) {
        Map<String, List<Claim>> byCourse = claims.stream().collect(Collectors.groupingBy(
                c -> c.assignment().getCourseIri(), LinkedHashMap::new, Collectors.toList()));
        Set<String> completed = lastCompletions.keySet();
        return byCourse.entrySet().stream()
                .map(e -> of(employeeId, e.getKey(), e.getValue(), lastCompletions.get(e.getKey()), completed, today))
                .toList();
    }

    static Requirement of(String employeeId, String courseIri, List<Claim> claims, LocalDate lastCompletedOn,
            Set<String> completedCourses, LocalDate today) {
        List<Claim> sorted = claims.stream().sorted(Comparator.comparing(c -> c.rule().getId(),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<String> names = sorted.stream().map(c -> c.rule().getName()).distinct().toList();
        List<Long> ids = sorted.stream().map(c -> c.rule().getId()).filter(Objects::nonNull).toList();
        LocalDate earliestDue = null;
        boolean open = false;
        boolean unlocked = false;
        for (Claim claim : sorted) {
            Round round = claim.openRound(lastCompletedOn, today);
            if (round != null) {
                open = true;
                unlocked |= claim.rule().isUnlocked(courseIri, completedCourses);
                earliestDue = earlier(earliestDue, round.dueOn());
            }
        }
        if (open) {
            return new Requirement(employeeId, courseIri, unlocked ? RequirementState.OPEN : RequirementState.LOCKED,
                    earliestDue, null, lastCompletedOn, names, ids);
        }
        LocalDate validUntil = null;
        LocalDate opensOn = null;
        for (Claim claim : sorted) {
            Round next = claim.nextRound(lastCompletedOn);
            if (next != null) {
                validUntil = earlier(validUntil, next.dueOn());
                opensOn = earlier(opensOn, next.opensOn());
            }
        }
        return new Requirement(employeeId, courseIri, RequirementState.COMPLETED, validUntil, opensOn,
                lastCompletedOn, names, ids);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** To be taken now: open (a locked course waits for the one before it). */
    public boolean isOpen() {
        return state == RequirementState.OPEN;
    }

    public boolean isCompleted() {
        return state == RequirementState.COMPLETED;
    }

    /** Not completed by the end of its due date, in the hospital's calendar. */
    public boolean isOverdue(LocalDate today) {
        return state != RequirementState.COMPLETED && dueOn != null && today.isAfter(dueOn);
    }

    /** "Patient relations core training; Annual refresher": why the course is required. */
    public String reason() {
        return String.join("; ", ruleNames);
    }
}
