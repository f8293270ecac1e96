package org.carelearn.casework.domain;

import java.util.Set;

/**
 * Which cases a list or search asks for. The reach (who may see which case) is applied by the caller; this is
 * only what the person filtered on.
 *
 * @param departmentCode one department, or null for all
 * @param ownerEmployeeId one owner, or null for any
 * @param status one status, or null for any
 * @param kind complaints or grievances, or null for both
 * @param openOnly only cases not closed
 * @param reach employee ids: only cases owned by or naming one of them; null for no limit
 */
public record CaseFilter(String departmentCode, String ownerEmployeeId, CaseStatus status, CaseKind kind,
        boolean openOnly, Set<String> reach) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, false, null);
    }

    public CaseFilter within(Set<String> people) {
        return new CaseFilter(departmentCode, ownerEmployeeId, status, kind, openOnly, Set.copyOf(people));
    }

    /** The filter in words for the audit trail: what was asked for, never any of the answers. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (departmentCode != null) {
            s.append("department ").append(departmentCode).append("; ");
        }
        if (ownerEmployeeId != null) {
            s.append("owner ").append(ownerEmployeeId).append("; ");
        }
        if (status != null) {
            s.append("status ").append(status.getLabel()).append("; ");
        }
        if (kind != null) {
            s.append(kind.getLabel().toLowerCase()).append("s only; ");
        }
        if (openOnly) {
            s.append("open only; ");
        }
        return s.isEmpty() ? "all cases in reach" : s.substring(0, s.length() - 2);
    }
}
