package org.carelearn.platform;

/** The record asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
