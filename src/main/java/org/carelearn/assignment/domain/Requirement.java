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
import java.util.stream.Stream;

/**
 * One course required of one person, on a given day, however many rules require it: one requirement with the
 * earliest due date of the rules that still ask for it, and the names of every rule behind it.
 *
 * @param dueOn for an open requirement, the earliest due date; for a completed one, when its validity ends
 *        (the next recertification is due), or null if it never recurs
 * @param opensOn for a completed requirement that recurs, the day its next round opens; else null
 * @param lastCompletedOn the day the person last completed the course, or null
 * @param waiver for a waived requirement, its active waiver; else null
 */
public record Requirement(String employeeId, String courseIri, RequirementState state, LocalDate dueOn,
        LocalDate opensOn, LocalDate lastCompletedOn, List<String> ruleNames, List<Long> ruleIds, WaiverNote waiver) {

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
        return of(employeeId, claims, lastCompletions, List.of(), today);
    }

    /**
     * The same, with the person's waivers (active and ended). A completed requirement stays completed whatever
     * waiver there is; an open or locked one with an active waiver is {@link RequirementState#WAIVED}; one whose
     * waivers have ended is due no earlier than {@link Waiver#dueNoEarlierThan()}. A course waived now counts as
     * met for unlocking the next course of a curriculum.
     *
     * @param lastCompletions completions that count: none a waiver brought about (the caller leaves those out)
     */
    public static List<Requirement> of(String employeeId, Collection<Claim> claims,
            Map<String, LocalDate> lastCompletions, Collection<Waiver> waivers, LocalDate today) {
        Map<String, List<Claim>> byCourse = claims.stream().collect(Collectors.groupingBy(
                c -> c.assignment().getCourseIri(), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Waiver>> waiversByCourse = waivers.stream()
                .filter(w -> w.getEmployeeId().equals(employeeId))
                .collect(Collectors.groupingBy(Waiver::getCourseIri));
        Set<String> met = Stream.concat(lastCompletions.keySet().stream(), waivers.stream()
                .filter(w -> w.getEmployeeId().equals(employeeId) && w.isActiveOn(today)).map(Waiver::getCourseIri))
                .collect(Collectors.toSet());
        return byCourse.entrySet().stream()
                .map(e -> waived(of(employeeId, e.getKey(), e.getValue(), lastCompletions.get(e.getKey()), met, today),
                        waiversByCourse.getOrDefault(e.getKey(), List.of()), today))
                .toList();
    }

    private static Requirement waived(Requirement requirement, List<Waiver> waivers, LocalDate today) {
        if (requirement.isCompleted() || waivers.isEmpty()) {
            return requirement;
        }
        Waiver active = waivers.stream().filter(w -> w.isActiveOn(today))
                .max(Comparator.comparing(Waiver::getEndsOn)).orElse(null);
        if (active != null) {
            return new Requirement(requirement.employeeId, requirement.courseIri, RequirementState.WAIVED, null, null,
                    requirement.lastCompletedOn, requirement.ruleNames, requirement.ruleIds, active.note());
        }
        LocalDate floor = waivers.stream().map(Waiver::dueNoEarlierThan).max(Comparator.naturalOrder()).orElseThrow();
        if (requirement.dueOn == null || !floor.isAfter(requirement.dueOn)) {
            return requirement;
        }
        return new Requirement(requirement.employeeId, requirement.courseIri, requirement.state, floor,
                requirement.opensOn, requirement.lastCompletedOn, requirement.ruleNames, requirement.ruleIds, null);
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
                    earliestDue, null, lastCompletedOn, names, ids, null);
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
                lastCompletedOn, names, ids, null);
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

    public boolean isWaived() {
        return state == RequirementState.WAIVED;
    }

    /** Still to be done by the person: open, or locked behind an earlier course (not completed, not waived). */
    public boolean isOutstanding() {
        return state == RequirementState.OPEN || state == RequirementState.LOCKED;
    }

    /** Not completed by the end of its due date, in the hospital's calendar; a waived one never is. */
    public boolean isOverdue(LocalDate today) {
        return isOutstanding() && dueOn != null && today.isAfter(dueOn);
    }

    /** "Patient relations core training; Annual refresher": why the course is required. */
    public String reason() {
        return String.join("; ", ruleNames);
    }
}
