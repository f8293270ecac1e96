package org.carelearn.staff.domain;

/**
 * A page of the staff directory as an admin filters and sorts it. Every filter is optional.
 *
 * @param employeeId employee ids starting with this
 * @param name given or family name containing this
 * @param email e-mail containing this
 * @param departmentCode exactly this department
 * @param jobRoleCode exactly this job role
 * @param active only active ({@code true}) or inactive ({@code false}) staff; {@code null} for both
 * @param sort the column to sort by
 * @param ascending the sort direction
 */
public record StaffSearch(String employeeId, String name, String email, String departmentCode, String jobRoleCode,
        Boolean active, Sort sort, boolean ascending) {

    /** The columns the directory sorts by. */
    public enum Sort {
        EMPLOYEE_ID, NAME, EMAIL, DEPARTMENT, JOB_ROLE, HIRE_DATE
    }

    public StaffSearch {
        if (sort == null) {
            sort = Sort.NAME;
        }
    }

    public static StaffSearch all() {
        return new StaffSearch(null, null, null, null, null, null, Sort.NAME, true);
    }
}
