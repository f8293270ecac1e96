package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/**
 * A person's own view of their level in a competency, with a comment: recorded as evidence beside the rest (and
 * in the LRS), but never enough on its own ({@link org.carelearn.competency.domain.StandingRule}).
 */
@ApplicationScoped
public class SelfAssessments {

    @Inject
    private EvidenceLedger ledger;

    public EvidenceRecord assess(Actor actor, SignedInPerson who, String competencyIdentifier, Integer level,
            String comment) {
        if (who == null) {
            throw new BusinessRuleException("Sign in to assess yourself");
        }
        if (level == null) {
            throw new BusinessRuleException("Choose the level you think you are at");
        }
        return ledger.record(actor, new NewEvidence(who.employeeId(), competencyIdentifier,
                EvidenceKind.SELF_ASSESSMENT, level, who.employeeId(), comment, null, List.of(), null));
    }
}
