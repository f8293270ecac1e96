package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.IndicatorResult;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.competency.domain.RequiredLevels;
import org.carelearn.competency.domain.ValidationRefused;
import org.carelearn.competency.domain.ValidationRequest;
import org.carelearn.competency.domain.ValidationRequestState;
import org.carelearn.competency.domain.ValidatorApproval;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.SignIns;
import org.carelearn.staff.application.StaffDirectory;

/**
 * The validator's side of an observed validation: the worklist of open requests they may take, the form for one,
 * and the attestation. {@link ValidatorApproval#check} decides who may validate whom; the validator confirms who
 * they are by typing their password again, checked by staff's {@link SignIns}, where a wrong one counts towards
 * the sign-in lockout. On attestation the evidence is recorded through the {@link EvidenceLedger} (with the
 * framework version, the xAPI statement and the person's standings written again) and the request closes, in one
 * transaction; a refusal stores nothing (but the failed password's count) and is audited.
 */
@ApplicationScoped
public class ObservedValidations {

    @Inject
    private EvidenceRepository repository;

    @Inject
    private FrameworkRepository settings;

    @Inject
    private Frameworks frameworks;

    @Inject
    private StaffDirectory directory;

    @Inject
    private ValidatorApprovals approvals;

    @Inject
    private SignIns signIns;


    @Inject
    private EvidenceLedger ledger;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ValidationRefused> refused;

    /**
     * The open requests this validator may take, oldest first: for competencies they are approved for, never
     * their own, never their own manager's unless approved for that.
     */
    public List<WorklistItem> worklist(String validatorId) {
        Map<String, ValidatorApproval> held = approvals.heldBy(validatorId).stream()
                .collect(Collectors.toMap(ValidatorApproval::competencyKey, a -> a, (a, b) -> a));
        if (held.isEmpty()) {
            return List.of();
        }
        String manager = managerOf(validatorId);
        List<ValidationRequest> open = repository.openRequestsFor(held.keySet()).stream()
                .filter(r -> allowed(held.get(r.getCompetencyIdentifier()), r, manager)).toList();
        Map<String, StaffContact> people = directory.contacts(open.stream().map(ValidationRequest::getEmployeeId)
                .collect(Collectors.toSet()));
        Map<String, CompetencyEntry> competencies = competencies();
        var requirements = settings.requirements();
        List<WorklistItem> items = new ArrayList<>();
        for (ValidationRequest r : open) {
            StaffContact person = people.get(r.getEmployeeId());
            CompetencyEntry competency = competencies.get(r.getCompetencyIdentifier());
            if (person == null || competency == null || !person.person().active()) {
                continue;
            }
            int needed = RequiredLevels.of(person.placement().jobRoleCode(), person.placement().departmentCode(),
                    requirements).needOf(competency.identifier()).level();
            items.add(new WorklistItem(r.getId(), r.getEmployeeId(), person.person().displayName(),
                    person.person().jobRoleTitle(), person.person().departmentName(), competency.identifier(),
                    competency.title(), competency.levelLabel(needed), r.getRequestedAt(), r.getNote()));
        }
        items.sort(Comparator.comparing(WorklistItem::requestedAt).thenComparingLong(WorklistItem::requestId));
        return items;
    }

    /** Whether the person holds any approval: who may open the worklist at all. */
    public boolean isValidator(String employeeId) {
        return !approvals.heldBy(employeeId).isEmpty();
    }

    /** The form for an open request; refused, with the reason, when this validator may not take it. */
    public ValidationForm form(String validatorId, long requestId) {
        ValidationRequest request = openRequest(requestId);
        ValidatorApproval approval = approvalFor(validatorId, request);
        approval.check(request.getEmployeeId(), request.getCompetencyIdentifier(), managerOf(validatorId));
        StaffContact person = directory.contacts(List.of(request.getEmployeeId())).values().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no validation request " + requestId));
        CompetencyEntry competency = frameworks.competency(request.getCompetencyIdentifier()).orElseThrow(
                () -> new BusinessRuleException("The competency of this request is no longer in a published"
                        + " framework"));
        int needed = RequiredLevels.of(person.placement().jobRoleCode(), person.placement().departmentCode(),
                settings.requirements()).needOf(competency.identifier()).level();
        return new ValidationForm(request.getId(), request.getEmployeeId(), person.person().displayName(),
                person.person().jobRoleTitle(), person.person().departmentName(), competency.identifier(),
                competency.title(), competency.competency().statement(), competency.frameworkTitle(),
                competency.frameworkVersion(), competency.competency().indicators(), competency.scale().name(),
                competency.scale().levels(), needed, request.getRequestedAt(), request.getNote());
    }

    /**
     * Records the validation the validator attests with their password: the evidence, its xAPI statement and the
     * person's standings, and closes the request. The password is cleared once checked.
     *
     * @return the evidence recorded
     */
    @Transactional
    public EvidenceRecord attest(Actor actor, String validatorId, long requestId, List<Verdict> verdicts, int level,
            String comment, char[] password) {
        ValidationRequest request = openRequest(requestId);
        SignIns.Confirmation confirmation = signIns.confirmPassword(actor, password, "to attest an observed"
                + " validation");
        if (confirmation != SignIns.Confirmation.CONFIRMED) {
            boolean locked = confirmation == SignIns.Confirmation.LOCKED;
            refused.fire(new ValidationRefused(actor, request.getEmployeeId(), "Validation of request " + requestId
                    + " by " + validatorId + " refused: " + (locked ? "the account is locked after too many wrong"
                            + " passwords" : "the password typed to attest it was not correct")));
            if (locked) {
                throw new AttestationLocked("Too many wrong passwords: the validation was not recorded and your"
                        + " account is locked.");
            }
            throw new BusinessRuleException("That is not your password: the validation was not recorded. Type the"
                    + " password you sign in with to attest it; wrong passwords here count with those at sign-in"
                    + " towards locking your account.");
        }
        List<IndicatorResult> results = verdicts == null ? List.of() : verdicts.stream()
                .map(v -> new IndicatorResult(v.indicatorIdentifier(), v.met(), v.comment())).toList();
        NewEvidence given = new NewEvidence(request.getEmployeeId(), request.getCompetencyIdentifier(),
                EvidenceKind.OBSERVED_VALIDATION, level, validatorId, comment, "validation-request:" + requestId,
                results, null);
        EvidenceRecord evidence;
        try {
            evidence = ledger.record(actor, given, time.now(), request.getContextIri());
        } catch (BusinessRuleException e) {
            refused.fire(new ValidationRefused(actor, request.getEmployeeId(), "Validation of request " + requestId
                    + " by " + validatorId + " refused: " + e.getMessage()));
            throw e;
        }
        request.validated(evidence.getId(), time.now(), validatorId);
        return evidence;
    }

    private ValidationRequest openRequest(long requestId) {
        ValidationRequest request = repository.request(requestId).orElseThrow(
                () -> new NotFoundException("There is no validation request " + requestId));
        if (request.getState() != ValidationRequestState.OPEN) {
            throw new BusinessRuleException("This request is already " + request.getState().getLabel()
                    .toLowerCase(java.util.Locale.ROOT) + ": nothing is waiting to be validated");
        }
        return request;
    }

    private ValidatorApproval approvalFor(String validatorId, ValidationRequest request) {
        Optional<ValidatorApproval> approval = approvals.heldBy(validatorId).stream()
                .filter(a -> a.competencyKey().equals(request.getCompetencyIdentifier())).findFirst();
        if (approval.isEmpty()) {
            String title = frameworks.competency(request.getCompetencyIdentifier()).map(CompetencyEntry::title)
                    .orElse(request.getCompetencyIdentifier());
            throw new BusinessRuleException("You are not approved to validate " + title
                    + ": an administrator approves validators for each competency");
        }
        return approval.get();
    }

    private static boolean allowed(ValidatorApproval approval, ValidationRequest request, String manager) {
        try {
            approval.check(request.getEmployeeId(), request.getCompetencyIdentifier(), manager);
            return true;
        } catch (BusinessRuleException e) {
            return false;
        }
    }

    private String managerOf(String employeeId) {
        return directory.placement(employeeId).map(p -> p.managerChain().isEmpty() ? null : p.managerChain().get(0))
                .orElse(null);
    }

    private Map<String, CompetencyEntry> competencies() {
        return frameworks.competencies().stream()
                .collect(Collectors.toMap(CompetencyEntry::identifier, c -> c, (a, b) -> a));
    }
}
