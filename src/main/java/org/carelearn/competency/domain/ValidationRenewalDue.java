package org.carelearn.competency.domain;

import java.time.LocalDate;

/**
 * A person's standing with a competency their job requires became expiring or expired, and no course shows it at
 * the level their job needs: only an observed validation can renew it. Fired after the standing was written; the
 * competency context's own validation requests observe it (where {@link CompetencyRenewalDue} goes to assignment
 * when a course can renew it).
 *
 * @param lapsesOn the first day the competency is (or was) no longer shown
 */
public record ValidationRenewalDue(String employeeId, String competencyIdentifier, String competencyTitle,
        CompetencyStatus status, LocalDate lapsesOn) {
}
