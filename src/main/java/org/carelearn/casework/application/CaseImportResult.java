package org.carelearn.casework.application;

import java.util.List;

/** What an import did, or why it did nothing: a refused import has problems and all counts zero. */
public record CaseImportResult(String fileName, int rows, int created, int updated, int unchanged,
        List<ImportProblem> problems) {

    public CaseImportResult {
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
        return rows + " rows: " + created + " added, " + updated + " updated, " + unchanged + " unchanged";
    }
}
