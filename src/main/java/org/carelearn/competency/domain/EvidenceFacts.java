package org.carelearn.competency.domain;

/**
 * What the rules for evidence need to know beyond the evidence itself, read by the caller.
 *
 * @param mappedLevel for a course completion, the level the course is mapped to show; else null
 * @param approval for an observed validation, the giver's active approval for the competency, or null
 * @param giversManager the employee id of the giver's direct manager, or null
 * @param giverManagesPerson whether the giver is a manager of the person (anywhere above them in the line)
 */
public record EvidenceFacts(Integer mappedLevel, ValidatorApproval approval, String giversManager,
        boolean giverManagesPerson) {

    public static final EvidenceFacts NONE = new EvidenceFacts(null, null, null, false);
}
