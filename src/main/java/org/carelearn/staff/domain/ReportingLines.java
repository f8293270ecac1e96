package org.carelearn.staff.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manager chain as a tree, from the directory's keys: who is below whom, at any depth. A chain that loops
 * back on itself (which the directory refuses, but an old row might hold) ends where it repeats.
 */
public final class ReportingLines {

    private final Map<String, List<String>> reportsByManager = new HashMap<>();
    private final Map<String, String> managerOf = new HashMap<>();

    public ReportingLines(Collection<StaffKey> keys) {
        for (StaffKey key : keys) {
            if (key.managerEmployeeId() != null) {
                report(key.employeeId(), key.managerEmployeeId());
            }
        }
    }

    /** The lines of just these people: each one's direct manager, keyed by the person's employee id. */
    public static ReportingLines ofManagers(Map<String, String> managerOf) {
        ReportingLines lines = new ReportingLines(List.of());
        managerOf.forEach(lines::report);
        return lines;
    }

    private void report(String employeeId, String managerEmployeeId) {
        managerOf.put(employeeId, managerEmployeeId);
        reportsByManager.computeIfAbsent(managerEmployeeId, m -> new ArrayList<>()).add(employeeId);
    }

    /** Everyone below the manager: direct reports, their reports, and so on; never the manager. */
    public Set<String> below(String managerEmployeeId) {
        Set<String> found = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(reportsByManager.getOrDefault(managerEmployeeId, List.of()));
        while (!next.isEmpty()) {
            String employeeId = next.pop();
            if (!employeeId.equals(managerEmployeeId) && found.add(employeeId)) {
                next.addAll(reportsByManager.getOrDefault(employeeId, List.of()));
            }
        }
        return found;
    }

    /** The managers above the person, nearest first, up to the top of the line or to where the chain repeats. */
    public List<String> above(String employeeId) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(employeeId));
        for (String up = managerOf.get(employeeId); up != null && seen.add(up); up = managerOf.get(up)) {
            chain.add(up);
        }
        return chain;
    }

    /** Whether the person is anywhere below the manager; nobody is below themself, even in a loop. */
    public boolean isBelow(String employeeId, String managerEmployeeId) {
        return above(employeeId).contains(managerEmployeeId);
    }
}
