package org.carelearn.competency.domain;

/** The ways a person shows a competency, and whether each can make them competent on its own. */
public enum EvidenceKind {
    /** A course mapped to the competency, completed; it shows at most the level the course is mapped to. */
    COURSE_COMPLETION("Course completed", true),
    /** An approved validator watched the person at work against the competency's indicators. */
    OBSERVED_VALIDATION("Observed validation", true),
    /** Earlier learning or experience, attested by the person's manager with a document. */
    PRIOR_LEARNING("Prior learning", true),
    /** The person's own view: shown beside the rest, never enough on its own. */
    SELF_ASSESSMENT("Self-assessment", false);

    private final String label;
    private final boolean countsOnItsOwn;

    EvidenceKind(String label, boolean countsOnItsOwn) {
        this.label = label;
        this.countsOnItsOwn = countsOnItsOwn;
    }

    public String getLabel() {
        return label;
    }

    /** Whether this kind of evidence can, by itself, make a person competent at its level. */
    public boolean countsOnItsOwn() {
        return countsOnItsOwn;
    }
}
