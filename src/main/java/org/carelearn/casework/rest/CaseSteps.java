package org.carelearn.casework.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.carelearn.casework.application.CaseOwnership;
import org.carelearn.casework.application.CaseWork;
import org.carelearn.casework.domain.WrittenResponse;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/** Maps a {@link StepRequest} to the case's work. */
@RequestScoped
public class CaseSteps {

    @Inject
    private CaseWork work;

    @Inject
    private CaseOwnership ownership;

    void apply(Actor actor, SignedInPerson person, String id, StepRequest r) {
        if (r == null || r.step() == null) {
            throw new BusinessRuleException("Name the step: acknowledge, investigate, note, recovery, grievance,"
                    + " follow-up, respond, close, reopen or owner");
        }
        switch (r.step()) {
            case "acknowledge" -> work.acknowledge(actor, person, id);
            case "investigate" -> work.startInvestigation(actor, person, id);
            case "note" -> work.addNote(actor, person, id, r.text());
            case "recovery" -> work.addServiceRecovery(actor, person, id, r.text());
            case "grievance" -> work.becomeGrievance(actor, person, id, r.text());
            case "follow-up" -> work.recordFollowUpNotice(actor, person, id, r.sentOn(), r.newDueOn());
            case "respond" -> work.respond(actor, person, id, new WrittenResponse(r.contactPerson(), r.stepsTaken(),
                    r.results(), r.completedOn()));
            case "close" -> work.close(actor, person, id, r.text());
            case "reopen" -> work.reopen(actor, person, id, r.text());
            case "owner" -> ownership.give(actor, person, id, r.ownerEmployeeId(), r.text());
            default -> throw new BusinessRuleException("Not a step: " + r.step());
        }
    }
}
