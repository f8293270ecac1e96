package org.carelearn.xapi.domain.validation;

/**
 * A statement (or a statement-shaped request parameter) broke an xAPI 1.0.3 rule.
 *
 * <p>The resource layer turns this into HTTP 400. The message always starts with the property path
 * ({@code statement.actor.mbox: must be a mailto IRI}) so a client can find its mistake without
 * reading the spec; {@link #path()} and {@link #reason()} expose the two halves for logging.
 */
public class StatementValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    /**
     * @param path   dotted property path, array elements as {@code [i]}
     * @param reason what is wrong, phrased to follow the path
     */
    public StatementValidationException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** @return the path of the offending property, e.g. {@code statement.context.registration} */
    public String path() {
        return path;
    }

    /** @return the rule that was broken, without the path */
    public String reason() {
        return reason;
    }
}
