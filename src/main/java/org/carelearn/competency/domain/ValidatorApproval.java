package org.carelearn.competency.domain;

import org.carelearn.platform.BusinessRuleException;

/**
 * An administrator's approval of one person to validate one competency by observation (The Joint Commission asks
 * that competency be assessed by qualified people). Nobody validates their own competency; a validator may
 * validate their own manager only when the approval says so, since a report judging their manager is not
 * independent.
 *
 * @param competencyKey the competency's identifier, the same in every version of its framework
 */
public record ValidatorApproval(String validatorId, String competencyKey, boolean mayValidateOwnManager) {

    /**
     * Refuses, with the reason, a validation this approval does not cover.
     *
     * @param validatorsManagerId the validator's direct manager, or null
     */
    public void check(String subjectId, String subjectsCompetencyKey, String validatorsManagerId) {
        if (validatorId.equals(subjectId)) {
            throw new BusinessRuleException("Nobody validates their own competency: ask another approved validator");
        }
        if (!competencyKey.equals(subjectsCompetencyKey)) {
            throw new BusinessRuleException("You are approved to validate " + competencyKey + ", not "
                    + subjectsCompetencyKey + ": an administrator approves validators for each competency");
        }
        if (subjectId.equals(validatorsManagerId) && !mayValidateOwnManager) {
            throw new BusinessRuleException("You may not validate your own manager unless an administrator has"
                    + " approved you for it: ask another approved validator");
        }
    }
}
