package org.carelearn.casework.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a candidate owner holds of what every grievance's owner needs, as the competency context says today.
 *
 * @param notHeld the titles of the competencies they do not currently hold; empty when they hold them all
 */
public record OwnerFitness(String employeeId, String displayName, List<String> notHeld) {

    public OwnerFitness {
        Objects.requireNonNull(employeeId, "employeeId");
        notHeld = List.copyOf(notHeld);
    }

    public boolean fitForGrievance() {
        return notHeld.isEmpty();
    }
}
