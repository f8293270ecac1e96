package org.carelearn.casework.application;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/**
 * What casework asks of the competency context (a port; infrastructure answers through competency's application
 * services, never its tables): which competencies exist, where people stand with them today, which courses show
 * one, and observed validations requested from a case.
 */
public interface CompetencyLookup {

    /** A published competency. */
    record Competency(String identifier, String code, String title) implements Serializable {
    }

    /** One person's standing with one competency today, in words, and whether they hold it. */
    record Standing(String competencyIdentifier, String title, String statusLabel, boolean holds)
            implements Serializable {
    }

    /** A course that shows a competency. */
    record Course(String iri, String title) implements Serializable {
    }

    /** Every published competency. */
    List<Competency> competencies();

    /** For each person found, their standing with each known competency asked for. */
    Map<String, Map<String, Standing>> standings(Collection<String> employeeIds,
            Collection<String> competencyIdentifiers);

    /** Every course that shows some competency, each once, by title. */
    List<Course> coursesShowingAny();

    /** The courses that show the competency, the one showing the highest level first. */
    List<Course> coursesShowing(String competencyIdentifier);

    /**
     * Requests an observed validation of the competency for the person, as the signed-in manager.
     *
     * @return the request's id
     */
    long requestValidation(Actor actor, SignedInPerson by, String employeeId, String competencyIdentifier,
            String note);

    /** The competencies the person is approved to validate by observation, by identifier. */
    List<String> validatorOf(String employeeId);

    /**
     * Begins an observed validation the signed-in validator is about to give from inside a case: a request that
     * carries the case's opaque IRI into the validation's statement.
     *
     * @return the request's id, for competency's validation form
     */
    long validateInCase(Actor actor, SignedInPerson validator, String employeeId, String competencyIdentifier,
            String caseIri);

    /** Where a validation request stands ("Waiting for a validator", "Validated"), when there is such a request. */
    Optional<String> validationState(String employeeId, long requestId);
}
