package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One link between what a case is about and a competency it needs: a category of the taxonomy, or every
 * grievance ({@link #ANY_GRIEVANCE}), whose links name what a grievance's owner must currently hold. The
 * competency is known by the identifier the competency context publishes, nothing more.
 */
@Entity
@Table(name = "CASE_COMPETENCY_LINK")
@IdClass(CompetencyLink.Key.class)
@NamedQuery(name = "CompetencyLink.all",
        query = "SELECT l FROM CompetencyLink l ORDER BY l.appliesTo, l.competencyIdentifier")
public class CompetencyLink {

    /** What {@link #getAppliesTo()} holds for a link every grievance has, whatever its categories. */
    public static final String ANY_GRIEVANCE = "*GRIEVANCE";

    @Id
    @Column(name = "APPLIES_TO", length = 40)
    private String appliesTo;

    @Id
    @Column(name = "COMPETENCY_IDENTIFIER", length = 36)
    private String competencyIdentifier;

    protected CompetencyLink() {
    }

    /**
     * @param appliesTo a category code, or {@link #ANY_GRIEVANCE}
     */
    public CompetencyLink(String appliesTo, String competencyIdentifier) {
        this.appliesTo = Objects.requireNonNull(appliesTo).strip().toUpperCase(Locale.ROOT);
        this.competencyIdentifier = Objects.requireNonNull(competencyIdentifier).strip().toLowerCase(Locale.ROOT);
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public String getCompetencyIdentifier() {
        return competencyIdentifier;
    }

    public boolean isForAnyGrievance() {
        return ANY_GRIEVANCE.equals(appliesTo);
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String appliesTo;
        private String competencyIdentifier;

        public Key() {
        }

        public Key(String appliesTo, String competencyIdentifier) {
            this.appliesTo = appliesTo;
            this.competencyIdentifier = competencyIdentifier;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(appliesTo, k.appliesTo)
                    && Objects.equals(competencyIdentifier, k.competencyIdentifier);
        }

        @Override
        public int hashCode() {
            return Objects.hash(appliesTo, competencyIdentifier);
        }
    }
}
