package org.carelearn.competency.application.validation;

import org.carelearn.platform.BusinessRuleException;

/**
 * The password typed to attest a validation was wrong once too often, or the account was already locked: the
 * validation was not recorded and the account is locked, so the page that asked signs the validator out.
 */
public class AttestationLocked extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public AttestationLocked(String message) {
        super(message);
    }
}
