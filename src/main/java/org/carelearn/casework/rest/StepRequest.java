package org.carelearn.casework.rest;

import java.time.LocalDate;

/**
 * One step of a case's work. {@code step} names it; the other fields are those the step needs:
 * {@code acknowledge}, {@code investigate}; {@code note}, {@code recovery}, {@code grievance}, {@code close},
 * {@code reopen} (text); {@code owner} (ownerEmployeeId, and text: a manager's reason to give a grievance to
 * someone not competent in what its owner needs); {@code follow-up} (sentOn, newDueOn); {@code respond}
 * (contactPerson, stepsTaken, results, completedOn).
 */
public record StepRequest(String step, String text, String ownerEmployeeId, LocalDate sentOn, LocalDate newDueOn,
        String contactPerson, String stepsTaken, String results, LocalDate completedOn) {
}
