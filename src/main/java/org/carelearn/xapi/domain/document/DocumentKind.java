package org.carelearn.xapi.domain.document;

/**
 * The three document resources of xAPI 1.0.3 (Part Three, 2.2). They differ in what addresses a document
 * and in whether a PUT must say which version it replaces.
 */
public enum DocumentKind {
    /** /activities/state: activity, agent, optional registration, stateId. */
    STATE(0, false),
    /** /activities/profile: activity, profileId. */
    ACTIVITY_PROFILE(1, true),
    /** /agents/profile: agent, profileId. */
    AGENT_PROFILE(2, true);

    private final int code;
    private final boolean preconditionRequired;

    DocumentKind(int code, boolean preconditionRequired) {
        this.code = code;
        this.preconditionRequired = preconditionRequired;
    }

    /** The stored code; never reuse or renumber one. */
    public int code() {
        return code;
    }

    /**
     * Profiles are shared by every client of an activity or agent, so a PUT must name the version it
     * replaces (Part Three, 3.1); a state belongs to one learner's attempt and needs no such guard.
     */
    public boolean preconditionRequired() {
        return preconditionRequired;
    }

    /** The kind stored under {@code code}. */
    public static DocumentKind ofCode(int code) {
        for (DocumentKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No document kind " + code);
    }
}
