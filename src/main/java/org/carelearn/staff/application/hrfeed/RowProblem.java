package org.carelearn.staff.application.hrfeed;

/**
 * Why a line of the feed cannot be imported. Line 0 is the file as a whole (a missing column, an empty
 * file).
 */
public record RowProblem(long line, String employeeId, String reason) implements Comparable<RowProblem> {

    // JavaBean getters beside the record accessors: Jakarta EL 5 (EE 10) does not read record components.

    public long getLine() {
        return line;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public int compareTo(RowProblem other) {
        return Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return (line == 0 ? "File" : "Line " + line) + (employeeId == null || employeeId.isBlank() ? ""
                : " (" + employeeId + ")") + ": " + reason;
    }
}
