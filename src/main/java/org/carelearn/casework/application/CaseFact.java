package org.carelearn.casework.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What another context may count of a case: its opaque id, complaint or grievance, the department, the day it was
 * received and its category codes. Nothing of the patient, the staff or what happened.
 *
 * @param kind {@code COMPLAINT} or {@code GRIEVANCE}
 */
public record CaseFact(String caseId, String kind, String departmentCode, LocalDate receivedOn,
        List<String> categories) {

    public CaseFact {
        categories = List.copyOf(categories);
    }
}
