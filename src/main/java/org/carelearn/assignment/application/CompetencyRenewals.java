package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.competency.domain.CompetencyRenewalDue;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Requires the course that renews a competency when the competency context says it is expiring or expired
 * ({@link CompetencyRenewalDue}): a rule for the one person, named after the competency so that My learning and
 * the workbench say why ("Renews competency: Sharing difficult news"), due the day the competency lapses (or
 * {@value #DAYS_WHEN_LAPSED} days from now when it has), and recurring as often as the competency stays current,
 * its round opening the expiring window before. Competency knows nothing of assignment; this observer is the
 * only link. One such rule per person, competency and course: the event again changes nothing.
 */
@ApplicationScoped
public class CompetencyRenewals {

    /** How long someone whose competency has already lapsed has to renew it. */
    static final int DAYS_WHEN_LAPSED = 30;
    private static final int MAX_TITLE = 170;
    private static final Logger LOG = Logger.getLogger(CompetencyRenewals.class.getName());

    @Inject
    private AssignmentRules rules;

    @Inject
    private HospitalTime time;

    /** This bean through its proxy, so that {@link #renew} runs in the transaction it asks for. */
    @Inject
    private CompetencyRenewals self;

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompetencyRenewalDue due) {
        try {
            self.renew(due);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The renewal of " + due.competencyTitle() + " for " + due.employeeId()
                    + " could not be required; the next change of their standing tries again", e);
        }
    }

    /**
     * Makes the renewal rule unless the person already has it, in a transaction of its own: the one that wrote
     * the standing has committed when the event arrives.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(CompetencyRenewalDue due) {
        String name = name(due);
        boolean held = rules.activeRules().stream().anyMatch(r -> isRenewal(r, name, due));
        if (held) {
            return;
        }
        LocalDate today = time.today();
        boolean lapsed = due.lapsesOn() == null || !due.lapsesOn().isAfter(today);
        // a recertification window may not be longer than the period it recurs in (Recertification's rule)
        long period = ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 1).plusMonths(due.monthsCurrent()));
        int window = (int) Math.min(due.windowDays(), period);
        rules.create(Actor.system(), new RuleDefinition(name, due.courseIri(), null, TargetKind.PERSON,
                due.employeeId(), null, null, lapsed ? DueKind.DAYS_AFTER_ASSIGNED : DueKind.FIXED_DATE,
                lapsed ? null : due.lapsesOn(), lapsed ? DAYS_WHEN_LAPSED : null, due.monthsCurrent(), window));
    }

    private static boolean isRenewal(AssignmentRule rule, String name, CompetencyRenewalDue due) {
        return rule.getName().equals(name) && due.courseIri().equals(rule.getCourseIri())
                && rule.getTarget().getKind() == TargetKind.PERSON
                && due.employeeId().equalsIgnoreCase(rule.getTarget().getEmployeeId());
    }

    private static String name(CompetencyRenewalDue due) {
        String reason = due.reason();
        return reason.length() <= MAX_TITLE ? reason : reason.substring(0, MAX_TITLE);
    }
}
