package org.carelearn.reporting.application;

/** A person in active service as reporting keeps them: names and place, codes and words. */
public record ReportPerson(String employeeId, String displayName, String sortName, String departmentCode,
        String departmentName, String jobRoleCode, String jobRoleTitle) {
}
