package org.carelearn.reporting.domain;

/** Why a line of an imported file cannot be taken; line 0 is the file as a whole (an empty file, a missing column). */
public record LineProblem(long line, String reason) implements Comparable<LineProblem> {

    // JavaBean getters beside the record accessors: Jakarta EL 5 (EE 10) does not read record components.

    public long getLine() {
        return line;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public int compareTo(LineProblem other) {
        return Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return (line == 0 ? "File" : "Line " + line) + ": " + reason;
    }
}
