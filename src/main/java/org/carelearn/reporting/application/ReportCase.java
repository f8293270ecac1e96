package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.util.List;

/** One case as reporting keeps it: the opaque id, COMPLAINT or GRIEVANCE, department, day received, categories. */
public record ReportCase(String caseId, String kind, String departmentCode, LocalDate receivedOn,
        List<String> categories) {

    public ReportCase {
        categories = List.copyOf(categories);
    }
}
