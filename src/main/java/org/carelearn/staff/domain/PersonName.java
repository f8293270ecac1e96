package org.carelearn.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A person's name as the HR system holds it. Immutable: a changed name is a new value. */
@Embeddable
public class PersonName {

    @Column(name = "GIVEN_NAME", nullable = false, length = 80)
    private String givenName;

    @Column(name = "FAMILY_NAME", nullable = false, length = 80)
    private String familyName;

    protected PersonName() {
        // for JPA
    }

    public PersonName(String givenName, String familyName) {
        this.givenName = Texts.required("Given name", givenName, 80);
        this.familyName = Texts.required("Family name", familyName, 80);
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    /** "Given Family", as a person is addressed. */
    public String getDisplayName() {
        return givenName + " " + familyName;
    }

    /** "Family, Given", as lists sort. */
    public String getSortName() {
        return familyName + ", " + givenName;
    }

    /** Whether the given or the family name contains {@code word} (lower case), as a name search matches. */
    public boolean hasWordPart(String word) {
        return givenName.toLowerCase(Locale.ROOT).contains(word) || familyName.toLowerCase(Locale.ROOT).contains(word);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && givenName.equals(that.givenName)
                && familyName.equals(that.familyName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(givenName, familyName);
    }

    @Override
    public String toString() {
        return getDisplayName();
    }
}
