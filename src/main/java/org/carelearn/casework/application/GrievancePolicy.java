package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The installation's grievance response period: {@code carelearn.casework.grievance-response-days}, 7 calendar
 * days unless set (CMS State Operations Manual, Appendix A, tag A-0123, finds 7 days appropriate on average). A
 * grievance keeps the period in force when it became one.
 */
@ApplicationScoped
public class GrievancePolicy {

    public static final String PROPERTY = "carelearn.casework.grievance-response-days";

    public int responseDays() {
        int days = Integer.getInteger(PROPERTY, 7);
        if (days < 1 || days > 60) {
            throw new IllegalStateException(PROPERTY + " must be 1 to 60 days, not " + days);
        }
        return days;
    }
}
