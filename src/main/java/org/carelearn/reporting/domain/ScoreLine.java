package org.carelearn.reporting.domain;

/** One line of a patient experience file as typed, before any check. */
public record ScoreLine(long line, String department, String quarter, String measure, String topBoxPercent,
        String surveys) {
}
