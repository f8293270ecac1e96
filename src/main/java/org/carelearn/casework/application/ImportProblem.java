package org.carelearn.casework.application;

/**
 * Why a line of an import cannot be imported; line 0 is the file as a whole.
 *
 * @param caseNumber the complaint system's case number on that line, if it could be read
 */
public record ImportProblem(long line, String caseNumber, String reason) {

    @Override
    public String toString() {
        return (line == 0 ? "File" : "Line " + line) + (caseNumber == null || caseNumber.isBlank() ? ""
                : " (" + caseNumber + ")") + ": " + reason;
    }
}
