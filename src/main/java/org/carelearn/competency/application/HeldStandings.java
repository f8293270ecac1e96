package org.carelearn.competency.application;

import java.util.Map;
import java.util.Set;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * What the standings read model holds for some people, as read before they are written again: each person's
 * rows by competency identifier and the managers above them. A write compares the new rows with these and
 * changes only what differs; the statuses tell which standings have just turned expiring or expired.
 */
public record HeldStandings(Map<String, Map<String, StandingRow>> rows, Map<String, Set<String>> managers) {

    /** The status last written for the person and competency; null when none was. */
    public CompetencyStatus status(String employeeId, String competencyIdentifier) {
        StandingRow row = rows.getOrDefault(employeeId, Map.of()).get(competencyIdentifier);
        return row == null ? null : row.status();
    }

    public Map<String, StandingRow> rowsOf(String employeeId) {
        return rows.getOrDefault(employeeId, Map.of());
    }

    public Set<String> managersOf(String employeeId) {
        return managers.getOrDefault(employeeId, Set.of());
    }
}
