package org.carelearn.reporting.application;

/** A competency of a framework's newest version, in the frameworks' order ({@code position}). */
public record ReportCompetency(String identifier, String code, String title, String frameworkTitle, int position) {

    /** "PR.4 Sharing difficult news", or the title alone when the framework gives no code. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }
}
