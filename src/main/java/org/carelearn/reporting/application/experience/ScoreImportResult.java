package org.carelearn.reporting.application.experience;

import java.util.List;
import org.carelearn.reporting.domain.LineProblem;

/** What a patient experience import did, or why it did nothing (problems, and every count zero). */
public record ScoreImportResult(String fileName, int lines, int added, int updated, int unchanged,
        List<LineProblem> problems) {

    public ScoreImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public String summary() {
        if (!accepted()) {
            return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in " + fileName;
        }
        return lines + " results: " + added + " added, " + updated + " updated, " + unchanged + " unchanged";
    }
}
