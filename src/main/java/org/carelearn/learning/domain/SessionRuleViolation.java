package org.carelearn.learning.domain;

/** A statement that breaks cmi5's rules for a session; the LRS refuses it with 403 and this message. */
public class SessionRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionRuleViolation(StatementFacts statement, String rule) {
        super((statement.id() == null ? "A statement without an id" : "Statement " + statement.id()) + " ("
                + Cmi5.verbName(statement.verb()) + ") refused: " + rule);
    }

    /** A request refused as a whole, whatever its statements. */
    public SessionRuleViolation(String reason) {
        super(reason);
    }
}
