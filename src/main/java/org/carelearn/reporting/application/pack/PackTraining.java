package org.carelearn.reporting.application.pack;

import java.time.LocalDate;

/**
 * A course required of the person, and how it stands.
 *
 * @param state in words: "Completed", "Required", "Locked" or "Waived"
 * @param dueOn for an open requirement, when it is due; for a completed one that recurs, when it is due again
 * @param completedOn the day the person last completed it, or null
 * @param certificateCode the code of the certificate of that completion, or null
 */
public record PackTraining(String courseTitle, String state, boolean completed, LocalDate dueOn,
        LocalDate completedOn, String certificateCode) {
}
