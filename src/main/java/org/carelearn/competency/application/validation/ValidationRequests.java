package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.ValidationRequest;
import org.carelearn.competency.domain.ValidationRequestChanged;
import org.carelearn.competency.domain.ValidationRequestState;
import org.carelearn.competency.domain.ValidatorApproval;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * Requests for an observed validation: the person asks for themself, or a manager for someone in their line; one
 * open request per person and competency. Whoever asked, or the person, may withdraw it while it is open.
 */
@ApplicationScoped
public class ValidationRequests {

    @Inject
    private EvidenceRepository repository;

    @Inject
    private Frameworks frameworks;

    @Inject
    private StaffDirectory directory;

    @Inject
    private LineOfAuthority line;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ValidationRequestChanged> changed;

    @Inject
    private ValidatorApprovals approvals;

    @Transactional
    public long request(Actor actor, SignedInPerson by, String employeeId, String competencyIdentifier, String note) {
        StaffPerson person = directory.person(employeeId == null ? "" : employeeId.strip())
                .filter(StaffPerson::active).orElseThrow(() -> new NotFoundException(
                        "No one in active service has the employee id \"" + employeeId + "\""));
        if (!mayAskFor(by, person.employeeId())) {
            throw new BusinessRuleException("Only " + person.displayName() + " or a manager in their line may request"
                    + " a validation for them");
        }
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElseThrow(
                () -> new BusinessRuleException("There is no competency \"" + competencyIdentifier
                        + "\" in a published framework"));
        repository.requestsOf(person.employeeId()).stream()
                .filter(r -> r.getState() == ValidationRequestState.OPEN
                        && r.getCompetencyIdentifier().equals(competency.identifier()))
                .findFirst().ifPresent(r -> {
                    throw new BusinessRuleException("A validation of " + competency.title() + " for "
                            + person.displayName() + " is already requested and waiting for a validator");
                });
        ValidationRequest request = new ValidationRequest(person.employeeId(), competency.identifier(), note,
                time.now(), by.employeeId());
        repository.add(request);
        changed.fire(new ValidationRequestChanged(actor, request.getId(), person.employeeId(), true,
                "Observed validation of " + competency.title() + " requested for " + person.displayName()
                        + " by " + by.displayName()));
        return request.getId();
    }

    /**
     * A validation the validator is about to observe, raised from inside another context's record (a case's
     * service recovery): the validator must be approved for the competency and allowed to validate the person;
     * the request carries the record's opaque IRI into the validation's statement.
     *
     * @return the request's id, for the validation form
     */
    @Transactional
    public long requestInContext(Actor actor, SignedInPerson validator, String employeeId, String competencyIdentifier,
            String contextIri, String note) {
        StaffPerson person = directory.person(employeeId == null ? "" : employeeId.strip())
                .filter(StaffPerson::active).orElseThrow(() -> new NotFoundException(
                        "No one in active service has the employee id \"" + employeeId + "\""));
        CompetencyEntry competency = frameworks.competency(competencyIdentifier).orElseThrow(
                () -> new BusinessRuleException("There is no competency \"" + competencyIdentifier
                        + "\" in a published framework"));
        ValidatorApproval approval = approvals.heldBy(validator.employeeId()).stream()
                .filter(a -> a.competencyKey().equals(competency.identifier())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("You are not approved to validate " + competency.title()
                        + ": an administrator approves validators for each competency"));
        String manager = directory.placement(validator.employeeId())
                .map(p -> p.managerChain().isEmpty() ? null : p.managerChain().get(0)).orElse(null);
        approval.check(person.employeeId(), competency.identifier(), manager);
        repository.requestsOf(person.employeeId()).stream()
                .filter(r -> r.getState() == ValidationRequestState.OPEN
                        && r.getCompetencyIdentifier().equals(competency.identifier()))
                .findFirst().ifPresent(r -> {
                    throw new BusinessRuleException("A validation of " + competency.title() + " for "
                            + person.displayName() + " is already requested (request " + r.getId()
                            + "); take it from your worklist");
                });
        ValidationRequest request = new ValidationRequest(person.employeeId(), competency.identifier(), note,
                time.now(), validator.employeeId(), contextIri);
        repository.add(request);
        changed.fire(new ValidationRequestChanged(actor, request.getId(), person.employeeId(), true,
                "Observed validation of " + competency.title() + " for " + person.displayName() + " begun by "
                        + validator.displayName() + " from " + contextIri));
        return request.getId();
    }

    /** The competencies the person is approved to validate, by identifier. */
    public List<String> approvedFor(String validatorId) {
        return approvals.heldBy(validatorId).stream().map(ValidatorApproval::competencyKey).toList();
    }

    @Transactional
    public void withdraw(Actor actor, SignedInPerson by, long requestId) {
        ValidationRequest request = repository.request(requestId).orElseThrow(
                () -> new NotFoundException("There is no validation request " + requestId));
        boolean theirs = same(by.employeeId(), request.getEmployeeId()) || same(by.employeeId(),
                request.getRequestedBy());
        if (!theirs && !mayAskFor(by, request.getEmployeeId())) {
            throw new NotFoundException("There is no validation request " + requestId);
        }
        request.withdraw(time.now(), by.employeeId());
        changed.fire(new ValidationRequestChanged(actor, requestId, request.getEmployeeId(), false,
                "Validation request " + requestId + " withdrawn by " + by.displayName()));
    }

    /** Whether that person may ask for a validation of this one: themself, or someone in their line. */
    public boolean mayAskFor(SignedInPerson by, String employeeId) {
        return by != null && employeeId != null && (same(by.employeeId(), employeeId)
                || line.isInLine(by.employeeId(), employeeId));
    }

    /** The person's requests, newest first, open or not. */
    public List<RequestView> of(String employeeId) {
        Map<String, String> titles = frameworks.competencies().stream()
                .collect(Collectors.toMap(CompetencyEntry::identifier, CompetencyEntry::title, (a, b) -> a));
        return repository.requestsOf(employeeId).stream().map(r -> new RequestView(r.getId(), r.getEmployeeId(),
                r.getCompetencyIdentifier(), titles.getOrDefault(r.getCompetencyIdentifier(),
                        r.getCompetencyIdentifier()), r.getRequestedAt(), r.getRequestedBy(), r.getNote(),
                r.getState().getLabel(), r.getState() == ValidationRequestState.OPEN, r.isRenewal())).toList();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && Objects.equals(a.strip().toUpperCase(java.util.Locale.ROOT),
                b.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
