package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.carelearn.casework.domain.CaseAccess;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRecorded;
import org.carelearn.casework.domain.WrittenResponse;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;

/**
 * Working a case: each step loads it through the gate (a case the person may not see does not exist), checks
 * that they may work it (patient relations, its owner), calls the case's own step and announces the change.
 */
@ApplicationScoped
public class CaseWork {

    /** What a refused step says about a case that does not exist for the person. */
    public static final String NOT_FOUND = "No such case";

    @Inject
    private CaseGate gate;

    @Inject
    private GrievancePolicy policy;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CaseRecorded> recorded;

    @Transactional
    public void acknowledge(Actor actor, SignedInPerson person, String caseId) {
        work(actor, person, caseId, "acknowledged", c -> c.acknowledge(time.now(), actor.username()));
    }

    @Transactional
    public void startInvestigation(Actor actor, SignedInPerson person, String caseId) {
        work(actor, person, caseId, "investigation started", c -> c.startInvestigation(time.now(), actor.username()));
    }

    @Transactional
    public void addNote(Actor actor, SignedInPerson person, String caseId, String text) {
        work(actor, person, caseId, "investigation note added", c -> c.addNote(text, time.now(), actor.username()));
    }

    @Transactional
    public void addServiceRecovery(Actor actor, SignedInPerson person, String caseId, String text) {
        work(actor, person, caseId, "service-recovery action added",
                c -> c.addServiceRecovery(text, time.now(), actor.username()));
    }

    @Transactional
    public void becomeGrievance(Actor actor, SignedInPerson person, String caseId, String reason) {
        work(actor, person, caseId, "became a grievance", c -> c.becomeGrievance(reason, time.today(),
                policy.responseDays(), time.now(), actor.username()));
    }

    @Transactional
    public void recordFollowUpNotice(Actor actor, SignedInPerson person, String caseId, LocalDate sentOn,
            LocalDate newDueOn) {
        work(actor, person, caseId, "follow-up notice recorded, response now due " + newDueOn,
                c -> c.recordFollowUpNotice(sentOn, newDueOn, time.today(), time.now(), actor.username()));
    }

    @Transactional
    public void respond(Actor actor, SignedInPerson person, String caseId, WrittenResponse response) {
        work(actor, person, caseId, "written response sent",
                c -> c.respond(response, time.today(), time.now(), actor.username()));
    }

    @Transactional
    public void close(Actor actor, SignedInPerson person, String caseId, String resolution) {
        work(actor, person, caseId, "closed", c -> c.close(resolution, time.now(), actor.username()));
    }

    @Transactional
    public void reopen(Actor actor, SignedInPerson person, String caseId, String reason) {
        work(actor, person, caseId, "reopened", c -> c.reopen(reason, time.now(), actor.username()));
    }

    private void work(Actor actor, SignedInPerson person, String caseId, String what, Consumer<CaseRecord> step) {
        CaseGate.Opened opened = gate.open(actor, person, caseId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        CaseRecord c = opened.caseRecord();
        if (opened.visibility() != Visibility.FULL
                || !CaseAccess.mayWork(opened.viewer(), c.getOwnerEmployeeId())) {
            throw new BusinessRuleException("Only patient relations and the case's owner work on a case");
        }
        step.accept(c);
        recorded.fire(new CaseRecorded(actor, c.getPublicId(), false, what));
    }
}
