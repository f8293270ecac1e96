package org.carelearn.staff.application.hrfeed;

import java.util.List;

/**
 * What an import did, or why it did nothing. A rejected import has problems and all counts zero.
 */
public record ImportResult(String fileName, int rows, int created, int updated, int unchanged, int deactivated,
        int reactivated, List<RowProblem> problems) {

    public static ImportResult rejected(String fileName, int rows, List<RowProblem> problems) {
        return new ImportResult(fileName, rows, 0, 0, 0, 0, 0, List.copyOf(problems));
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public String summary() {
        if (!accepted()) {
            return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in " + fileName;
        }
        return rows + " rows: " + created + " added, " + updated + " updated, " + unchanged + " unchanged, "
                + deactivated + " deactivated, " + reactivated + " reactivated";
    }
}
