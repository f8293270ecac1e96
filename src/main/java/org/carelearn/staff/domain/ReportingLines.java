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
                managerOf.put(key.employeeId(), key.managerEmployeeId());
                reportsByManager.computeIfAbsent(key.managerEmployeeId(), m -> new ArrayList<>()).add(key.employeeId());
            }
        }
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

    /** Whether the person is anywhere below the manager. */
    public boolean isBelow(String employeeId, String managerEmployeeId) {
        Set<String> seen = new HashSet<>();
        for (String up = managerOf.get(employeeId); up != null && seen.add(up); up = managerOf.get(up)) {
            if (up.equals(managerEmployeeId)) {
                return true;
            }
        }
        return false;
    }
}
