package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/**
 * The least a case keeps of the patient: an identifier from the hospital's own systems (a medical record number)
 * and their initials. No name, no date of birth, no diagnosis: whoever needs more looks the identifier up where
 * the record lives. Its {@link #toString()} says nothing, so that it cannot reach a log by accident.
 */
@Embeddable
public class PatientReference {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");

    @Column(name = "PATIENT_ID", nullable = false, length = 20)
    private String identifier;

    @Column(name = "PATIENT_INITIALS", nullable = false, length = 3)
    private String initials;

    protected PatientReference() {
    }

    private PatientReference(String identifier, String initials) {
        this.identifier = identifier;
        this.initials = initials;
    }

    /** Checks both parts: an identifier of 3 to 20 letters, digits or hyphens, and one to three initials. */
    public static PatientReference of(String identifier, String initials) {
        String id = identifier == null ? "" : identifier.strip().toUpperCase(Locale.ROOT);
        if (!IDENTIFIER.matcher(id).matches()) {
            throw new BusinessRuleException("The patient identifier is the hospital's record number: 3 to 20 letters,"
                    + " digits or hyphens, nothing else");
        }
        String letters = initials == null ? "" : initials.replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!INITIALS.matcher(letters).matches()) {
            throw new BusinessRuleException("The patient's initials are one to three letters (such as J.D.), not a name");
        }
        return new PatientReference(id, letters);
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getInitials() {
        return initials;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatientReference other && Objects.equals(identifier, other.identifier)
                && Objects.equals(initials, other.initials);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identifier, initials);
    }

    /** Deliberately empty of the patient: a reference printed by mistake must not leak. */
    @Override
    public String toString() {
        return "PatientReference[withheld]";
    }
}
