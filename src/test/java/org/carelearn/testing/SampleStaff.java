package org.carelearn.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Staff for tests, with employee ids, e-mails and user names no other test uses, so tests never depend
 * on each other's leftovers. Departments and job roles are the demo hospital's.
 */
public final class SampleStaff {

    private SampleStaff() {
    }

    /** "T" followed by random digits: never clashes with the demo hospital's LR ids. */
    public static String uniqueEmployeeId() {
        return "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** A staff member as the REST API takes it (JSON), in the infusion center. */
    public static String json(String employeeId, String givenName, String familyName) {
        return json(employeeId, givenName, familyName, "INFUSION", "RN-INFUSION", "LR4001");
    }

    public static String json(String employeeId, String givenName, String familyName, String department,
            String jobRole, String managerEmployeeId) {
        return """
                {"employeeId":"%s","givenName":"%s","familyName":"%s","email":"%s@test.lindenridge.example",
                 "departmentCode":"%s","jobRoleCode":"%s","managerEmployeeId":%s,"hireDate":"2024-03-04"}
                """.formatted(employeeId, givenName, familyName, employeeId.toLowerCase(), department, jobRole,
                managerEmployeeId == null ? "null" : "\"" + managerEmployeeId + "\"");
    }

    /** A header and rows of the HR feed. */
    public static String hrFeed(String... rows) {
        StringBuilder csv = new StringBuilder(
                "employee_id,given_name,family_name,email,department_code,job_role_code,manager_employee_id,hire_date,active\n");
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        return csv.toString();
    }

    /** One valid feed row for a new person. */
    public static String hrRow(String employeeId, String managerEmployeeId) {
        return String.join(",", employeeId, "Test", "Person " + employeeId, employeeId.toLowerCase() + "@feed.lindenridge.example",
                "SOCWORK", "SW-ONC", managerEmployeeId == null ? "" : managerEmployeeId, "2023-05-01", "true");
    }
}
