package org.carelearn.reporting.application;

import java.util.Map;
import org.carelearn.reporting.domain.Tally;

/** One department of the matrix (or the whole hospital, with a null code): a tally per competency. */
public record CoverageRow(String departmentCode, String departmentName, Map<String, Tally> cells) {

    public CoverageRow {
        cells = Map.copyOf(cells);
    }

    /** The tally of one competency; empty when nobody in the row needs it. */
    public Tally cell(String competencyIdentifier) {
        return cells.getOrDefault(competencyIdentifier, Tally.EMPTY);
    }
}
