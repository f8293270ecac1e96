package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.casework.domain.CaseCategory;
import org.carelearn.casework.domain.CaseIntake;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRecorded;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;

/** Intake: patient relations records a new case, with its owner if one is chosen already. */
@ApplicationScoped
public class CaseIntakes {

    @Inject
    private CaseRepository cases;

    @Inject
    private CasePeople people;

    @Inject
    private GrievancePolicy policy;

    @Inject
    private CaseOwnership ownership;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CaseRecorded> recorded;

    /** Records the case; returns its opaque id. */
    @Transactional
    public String receive(Actor actor, SignedInPerson person, CaseIntake intake, String ownerEmployeeId) {
        if (!person.has(Role.PATIENT_RELATIONS)) {
            throw new BusinessRuleException("Only patient relations records cases");
        }
        if (intake.externalNumber() != null && !intake.externalNumber().isBlank()
                && !cases.byExternalNumbers(Set.of(intake.externalNumber().strip())).isEmpty()) {
            throw new BusinessRuleException("A case with the complaint system's number " + intake.externalNumber()
                    + " is recorded already");
        }
        String owner = ownerEmployeeId == null || ownerEmployeeId.isBlank() ? null : ownerEmployeeId.strip();
        new IntakeCheck(people.departments(), activeCategoryCodes(),
                people.people(IntakeCheck.idsOf(List.of(intake), owner == null ? Set.of() : Set.of(owner))))
                .check(intake, owner);
        CaseRecord c = CaseRecord.receive(intake, time.today(), policy.responseDays(), time.now(), actor.username());
        if (owner != null) {
            // the intake check has made sure the owner is an active member of staff
            c.giveTo(ownership.fitness(people.people(List.of(owner)).get(owner)), null, false, time.now(),
                    actor.username());
        }
        cases.add(c);
        recorded.fire(new CaseRecorded(actor, c.getPublicId(), true, c.getKind().getLabel() + " received by "
                + c.getChannel().getLabel().toLowerCase() + ", department " + c.getDepartmentCode()));
        return c.getPublicId();
    }

    /** The codes of the categories a new case may be coded in. */
    Set<String> activeCategoryCodes() {
        return cases.categories().stream().filter(CaseCategory::isActive).map(CaseCategory::getCode)
                .collect(Collectors.toSet());
    }

    /** The taxonomy, retired categories included, in its order. */
    public List<CaseCategory> categories() {
        return cases.categories();
    }
}
