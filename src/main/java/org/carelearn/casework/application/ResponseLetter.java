package org.carelearn.casework.application;

import java.time.LocalDate;

/**
 * What the written response letter says: the four parts 42 CFR 482.13(a)(2)(iii) requires, with the reference
 * that lets the hospital's mail room match it to the patient (their record number and initials, nothing more).
 */
public record ResponseLetter(String organisation, String reference, String patientReference, String kind,
        LocalDate receivedOn, String contactPerson, String stepsTaken, String results, LocalDate completedOn) {
}
