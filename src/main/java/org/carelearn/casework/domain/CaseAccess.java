package org.carelearn.casework.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.carelearn.platform.security.Role;

/**
 * Who may see a case, and how much. A case holds protected health information, so it is visible only to its owner,
 * the patient relations team, the managers above the owner and above the staff it names (anywhere up their line),
 * and leadership. Staff it names see that it names them and its outcome, never the patient's details. Everyone
 * else is told the case does not exist, the same answer as for a case that really does not.
 */
public final class CaseAccess {

    /** How much of a case a person sees. */
    public enum Visibility {
        /** The whole case, the patient reference included. */
        FULL,
        /** That the case names them, its department, kind, status and outcome; nothing of the patient. */
        NAMED,
        /** Nothing: the case does not exist for them. */
        NONE
    }

    /**
     * Someone asking to see a case.
     *
     * @param employeeId their staff record
     * @param roles what they hold
     */
    public record Viewer(String employeeId, Set<Role> roles) {

        public Viewer {
            Objects.requireNonNull(employeeId, "employeeId");
            roles = Set.copyOf(roles);
        }

        /** Patient relations and leadership see every case. */
        public boolean seesAll() {
            return roles.contains(Role.PATIENT_RELATIONS) || roles.contains(Role.LEADERSHIP);
        }

        /** Patient relations records and works cases; others only read what they may see. */
        public boolean isPatientRelations() {
            return roles.contains(Role.PATIENT_RELATIONS);
        }
    }

    private CaseAccess() {
    }

    /**
     * @param managersAbove everyone above the owner and above each person the case names, up their lines
     */
    public static Visibility of(Viewer viewer, String ownerEmployeeId, Collection<String> staffInvolved,
            Collection<String> managersAbove) {
        if (viewer.seesAll() || viewer.employeeId().equals(ownerEmployeeId)
                || managersAbove.contains(viewer.employeeId())) {
            return Visibility.FULL;
        }
        return staffInvolved.contains(viewer.employeeId()) ? Visibility.NAMED : Visibility.NONE;
    }

    /** Whether the viewer may work the case (add to it, move it on): patient relations and its owner. */
    public static boolean mayWork(Viewer viewer, String ownerEmployeeId) {
        return viewer.isPatientRelations() || viewer.employeeId().equals(ownerEmployeeId);
    }
}
