package org.carelearn.competency.application.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.ValidationRenewalDue;
import org.carelearn.competency.domain.ValidationRequest;
import org.carelearn.competency.domain.ValidationRequestChanged;
import org.carelearn.competency.domain.ValidationRequestState;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * Renewal by observed validation: when a competency the person's job requires is expiring or has expired and no
 * course can renew it ({@link ValidationRenewalDue}), CareLearn requests an observed validation for them. The
 * request waits in the worklists of the competency's approved validators like any other, the person's profile
 * shows it as a renewal, and the audit trail has it under CareLearn's name. One open request per person and
 * competency: when one already waits (the person's own, or an earlier renewal), nothing more is asked.
 */
@ApplicationScoped
public class ValidationRenewals {

    private static final Logger LOG = Logger.getLogger(ValidationRenewals.class.getName());

    @Inject
    private EvidenceRepository repository;

    @Inject
    private StaffDirectory directory;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ValidationRequestChanged> changed;

    /** This bean through its proxy, so that {@link #request} runs in the transaction it asks for. */
    @Inject
    private ValidationRenewals self;

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) ValidationRenewalDue due) {
        try {
            self.request(due);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The renewal of " + due.competencyTitle() + " for " + due.employeeId()
                    + " by observed validation could not be requested; the next change of their standing tries"
                    + " again", e);
        }
    }

    /**
     * Requests the validation unless one already waits, in a transaction of its own: the one that wrote the
     * standing has committed when the event arrives.
     *
     * @return the request made, or empty when one was already waiting
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> request(ValidationRenewalDue due) {
        boolean waiting = repository.requestsOf(due.employeeId()).stream()
                .anyMatch(r -> r.getState() == ValidationRequestState.OPEN
                        && r.getCompetencyIdentifier().equals(due.competencyIdentifier()));
        if (waiting) {
            return Optional.empty();
        }
        String lapse = due.lapsesOn() == null ? "has lapsed"
                : (due.status() == CompetencyStatus.EXPIRED ? "lapsed on " : "lapses on ")
                        + DateStyle.date(due.lapsesOn());
        ValidationRequest request = ValidationRequest.renewal(due.employeeId(), due.competencyIdentifier(),
                due.lapsesOn(), "Renewal: " + due.competencyTitle() + " " + lapse + ", and no course renews it",
                time.now(), Actor.SYSTEM_NAME);
        repository.add(request);
        String name = directory.person(due.employeeId()).map(StaffPerson::displayName).orElse(due.employeeId());
        changed.fire(new ValidationRequestChanged(Actor.system(), request.getId(), due.employeeId(), true,
                "Observed validation of " + due.competencyTitle() + " requested for " + name + " by CareLearn:"
                        + " renewal, the competency " + lapse + " and no course renews it"));
        return Optional.of(request.getId());
    }
}
