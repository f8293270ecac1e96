package org.carelearn.casework.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole case, for those who may see it whole. Leaves casework only to its own pages and REST answers.
 *
 * @param mayWork whether the viewer may work it (patient relations, its owner)
 */
public record CaseDetails(CaseLine line, String channel, String raisedBy, String patientIdentifier,
        String patientInitials, String stage, String summary, List<Named> staffInvolved, List<Step> history,
        List<Entry> entries, List<Notice> notices, Response response, String resolution, LocalDate dueOn,
        List<Override> overrides, boolean mayWork) implements Serializable {

    /** A grievance given by a manager's override to an owner not competent in what its owner needs. */
    public record Override(String ownerEmployeeId, String ownerName, String notHeld, String reason, Instant at,
            String by) implements Serializable {
    }

    /** A person by id and name. */
    public record Named(String employeeId, String displayName) implements Serializable {
    }

    /** A status change. */
    public record Step(String status, Instant at, String by, String note) implements Serializable {
    }

    /** An investigation note or a service-recovery action. */
    public record Entry(String kind, Instant at, String by, String text) implements Serializable {
    }

    /** A follow-up notice. */
    public record Notice(LocalDate sentOn, LocalDate newDueOn, String by) implements Serializable {
    }

    /** The written response. */
    public record Response(String contactPerson, String stepsTaken, String results, LocalDate completedOn)
            implements Serializable {
    }
}
