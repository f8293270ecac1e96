package org.carelearn.casework.domain;

/**
 * Complaint or grievance, as CMS distinguishes them under 42 CFR 482.13(a)(2) (State Operations Manual,
 * Appendix A, interpretive guidelines for tag A-0118): a complaint raised verbally and resolved promptly by the
 * staff present is a complaint; a written complaint is always a grievance, and so is a verbal one that cannot be
 * resolved promptly, that needs investigation, or that the patient asks to be handled as a grievance.
 */
public enum CaseKind {
    COMPLAINT("Complaint", "Raised verbally and resolved promptly by the staff present (at the bedside, at the desk"
            + " or on the phone). Nothing is due in writing."),
    GRIEVANCE("Grievance", "Written (a letter, an e-mail, a web form), or verbal but not resolved promptly, needing"
            + " investigation, or asked to be treated as a grievance. A written response is due by the grievance"
            + " clock.");

    private final String label;
    private final String explanation;

    CaseKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String getLabel() {
        return label;
    }

    /** What the page says where a person chooses between the two. */
    public String getExplanation() {
        return explanation;
    }
}
