package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/**
 * The written notice of the hospital's decision on a grievance, with what 42 CFR 482.13(a)(2)(iii) requires it to
 * contain: the name of the hospital's contact person, the steps taken to investigate, the results of the
 * grievance process and the date of completion. A complaint's response needs only its results.
 */
@Embeddable
public class WrittenResponse {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;

    @Column(name = "RESPONSE_CONTACT", length = MAX_NAME)
    private String contactPerson;

    @Column(name = "RESPONSE_STEPS", length = MAX_TEXT)
    private String stepsTaken;

    @Column(name = "RESPONSE_RESULTS", length = MAX_TEXT)
    private String results;

    @Column(name = "RESPONSE_COMPLETED_ON")
    private LocalDate completedOn;

    protected WrittenResponse() {
    }

    public WrittenResponse(String contactPerson, String stepsTaken, String results, LocalDate completedOn) {
        this.contactPerson = strip(contactPerson);
        this.stepsTaken = strip(stepsTaken);
        this.results = strip(results);
        this.completedOn = completedOn;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Refuses what the response to this kind of case must contain and does not, or a completion yet to come. */
    void check(CaseKind kind, LocalDate today) {
        if (kind == CaseKind.GRIEVANCE) {
            require(contactPerson, "the hospital's contact person");
            require(stepsTaken, "the steps taken to investigate");
        }
        require(results, "the results");
        if (completedOn == null) {
            throw new BusinessRuleException("Give the date the grievance process was completed");
        }
        if (completedOn.isAfter(today)) {
            throw new BusinessRuleException("The date of completion cannot be in the future");
        }
        if (contactPerson != null && contactPerson.length() > MAX_NAME) {
            throw new BusinessRuleException("The contact person is at most " + MAX_NAME + " characters");
        }
        if (stepsTaken != null && stepsTaken.length() > MAX_TEXT || results.length() > MAX_TEXT) {
            throw new BusinessRuleException("The steps and the results are at most " + MAX_TEXT + " characters each");
        }
    }

    private static void require(String part, String what) {
        if (part == null) {
            throw new BusinessRuleException("The written response must name " + what
                    + " (42 CFR 482.13(a)(2)(iii))");
        }
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getStepsTaken() {
        return stepsTaken;
    }

    public String getResults() {
        return results;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrittenResponse other && Objects.equals(contactPerson, other.contactPerson)
                && Objects.equals(stepsTaken, other.stepsTaken) && Objects.equals(results, other.results)
                && Objects.equals(completedOn, other.completedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactPerson, stepsTaken, results, completedOn);
    }
}
