package org.carelearn.platform;

/**
 * A request that breaks one of CareLearn's rules. The message is written for the person who made the
 * request: pages show it as it is and REST answers carry it, so it must name what to fix and never
 * leak internals.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String message) {
        super(message);
    }
}
