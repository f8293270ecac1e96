package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.Validator;
import org.carelearn.competency.domain.ValidatorApproval;
import org.carelearn.competency.domain.ValidatorApprovalChanged;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * Administrators approve people to validate a competency by observation, and withdraw approvals (kept as
 * history). One active approval per person and competency; a person in active service, a competency of a
 * published framework. Each change is announced for the audit trail.
 */
@ApplicationScoped
public class ValidatorApprovals {

    @Inject
    private EvidenceRepository repository;

    @Inject
    private Frameworks frameworks;

    @Inject
    private StaffDirectory directory;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ValidatorApprovalChanged> changed;

    @Transactional
    public long approve(Actor actor, String validatorId, String competencyIdentifier, boolean mayValidateOwnManager) {
        String id = validatorId == null ? "" : validatorId.strip();
        StaffPerson person = directory.person(id).filter(StaffPerson::active).orElseThrow(
                () -> new BusinessRuleException("No one in active service has the employee id \"" + id + "\""));
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElseThrow(
                () -> new BusinessRuleException("There is no competency \"" + competencyIdentifier
                        + "\" in a published framework"));
        boolean held = repository.activeApprovalsOf(person.employeeId()).stream()
                .anyMatch(v -> v.getCompetencyIdentifier().equals(competency.identifier()));
        if (held) {
            throw new BusinessRuleException(person.displayName() + " is already approved to validate "
                    + competency.title());
        }
        Validator validator = new Validator(new ValidatorApproval(person.employeeId(), competency.identifier(),
                mayValidateOwnManager), time.now(), actor.username());
        repository.add(validator);
        changed.fire(new ValidatorApprovalChanged(actor, person.employeeId(), true, person.displayName()
                + " approved to validate " + competency.title() + (mayValidateOwnManager
                        ? ", their own manager included" : ", not their own manager")));
        return validator.getId() == null ? 0 : validator.getId();
    }

    @Transactional
    public void withdraw(Actor actor, long approvalId) {
        Validator validator = repository.validator(approvalId).filter(Validator::isActive).orElseThrow(
                () -> new NotFoundException("There is no active validator approval " + approvalId));
        validator.end(time.now(), actor.username());
        String title = frameworks.competency(validator.getCompetencyIdentifier()).map(CompetencyEntry::title)
                .orElse(validator.getCompetencyIdentifier());
        changed.fire(new ValidatorApprovalChanged(actor, validator.getValidatorId(), false, "Approval of "
                + validator.getValidatorId() + " to validate " + title + " withdrawn"));
    }

    /** Every active approval, by competency then validator's name. */
    public List<ApprovalView> active() {
        List<Validator> validators = repository.activeValidators();
        Map<String, StaffPerson> people = directory.contacts(validators.stream().map(Validator::getValidatorId)
                .collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(c -> c.person().employeeId(), c -> c.person(), (a, b) -> a));
        Map<String, CompetencyEntry> competencies = frameworks.competencies().stream()
                .collect(Collectors.toMap(CompetencyEntry::identifier, c -> c, (a, b) -> a));
        return validators.stream().map(v -> {
            StaffPerson person = people.get(v.getValidatorId());
            CompetencyEntry competency = competencies.get(v.getCompetencyIdentifier());
            return new ApprovalView(v.getId(), v.getValidatorId(),
                    person == null ? v.getValidatorId() : person.displayName(),
                    person == null ? "" : person.departmentName(), v.getCompetencyIdentifier(),
                    competency == null ? v.getCompetencyIdentifier() : competency.title(),
                    competency == null ? "" : competency.frameworkTitle(), v.isMayValidateOwnManager(),
                    v.getApprovedAt(), v.getApprovedBy());
        }).sorted(Comparator.comparing(ApprovalView::competencyTitle).thenComparing(ApprovalView::validatorName))
                .toList();
    }

    /** The approvals a person holds now: what their worklist shows and what they may validate. */
    public List<ValidatorApproval> heldBy(String employeeId) {
        return employeeId == null ? List.of()
                : repository.activeApprovalsOf(employeeId.strip()).stream().map(Validator::approval).toList();
    }
}
