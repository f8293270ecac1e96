package org.carelearn.competency.domain;

import java.time.LocalDate;

/**
 * A person's standing with a competency their job requires became expiring or expired, and a course shows it:
 * taking the course again renews it. Fired after the standing was written; the {@code assignment} context
 * observes it to require the course of the person (competency knows nothing of assignment).
 *
 * @param lapsesOn the first day the competency is (or was) no longer shown
 * @param monthsCurrent how long a showing stays current, so that a renewal can recur as often
 * @param windowDays the expiring window: how many days before {@code lapsesOn} the renewal opens
 */
public record CompetencyRenewalDue(String employeeId, String competencyIdentifier, String competencyTitle,
        CompetencyStatus status, LocalDate lapsesOn, String courseIri, int monthsCurrent, int windowDays) {

    /** Why the course is required, in the words My learning and the workbench show. */
    public String reason() {
        return "Renews competency: " + competencyTitle;
    }
}
