package org.carelearn.casework.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One case as a list shows it: nothing of the patient. For someone the case only names ({@code named}), the
 * categories, severity and owner are left out as well.
 *
 * @param clockState the grievance clock's state name (RUNNING, DUE_SOON, LATE, ANSWERED, ANSWERED_LATE), or null
 * @param clockStyle the clock's style class, or null
 * @param clockText the clock in words, or null for a complaint
 */
public record CaseLine(String publicId, String externalNumber, String kind, LocalDate receivedOn,
        String departmentCode, String departmentName, List<String> categories, String severity, String status,
        boolean open, String ownerEmployeeId, String ownerName, String clockState, String clockStyle,
        String clockText, String outcome, boolean named) implements Serializable {

    /** A short reference people can read out: the complaint system's number, or the start of the opaque id. */
    public String reference() {
        return externalNumber != null ? externalNumber : publicId.substring(0, 8).toUpperCase();
    }

    public String categoryText() {
        return String.join(", ", categories);
    }

    public boolean dueSoonOrLate() {
        return "DUE_SOON".equals(clockState) || "LATE".equals(clockState);
    }
}
