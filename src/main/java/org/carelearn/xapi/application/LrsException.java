package org.carelearn.xapi.application;

/**
 * A request the LRS refuses, with the kind of refusal the xAPI specification prescribes for it; the
 * resource layer turns the kind into the status code.
 */
public class LrsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request is refused. */
    public enum Kind {
        /** 400: the request breaks a rule of the specification. */
        BAD_REQUEST,
        /** 403: the credentials may not do this. */
        FORBIDDEN,
        /** 404: no such statement or document. */
        NOT_FOUND,
        /** 409: a statement id is taken by a different statement; a document changed meanwhile. */
        CONFLICT,
        /** 412: the If-Match / If-None-Match precondition failed. */
        PRECONDITION_FAILED,
        /** 413: the request is larger than the LRS accepts. */
        TOO_LARGE
    }

    private final Kind kind;

    public LrsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
