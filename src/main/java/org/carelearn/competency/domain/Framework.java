package org.carelearn.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A competency framework across its versions: its identifier (the same in every version and every system that
 * exchanges it as CASE), the title of its newest version and that version's number. Each version's content is a
 * {@link FrameworkVersion}, never changed once published.
 */
@Entity
@Table(name = "COMPETENCY_FRAMEWORK")
@NamedQuery(name = "Framework.all", query = "SELECT f FROM Framework f ORDER BY f.title, f.identifier")
@NamedQuery(name = "Framework.byIdentifier", query = "SELECT f FROM Framework f WHERE f.identifier = :identifier")
public class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_FRAMEWORK_SEQ")
    @SequenceGenerator(name = "COMPETENCY_FRAMEWORK_SEQ", sequenceName = "COMPETENCY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "IDENTIFIER", nullable = false, updatable = false, length = 36)
    private String identifier;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "LATEST_VERSION", nullable = false)
    private int latestVersion;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Framework() {
    }

    private Framework(String identifier, String title, Instant at, String by) {
        this.identifier = identifier;
        this.title = title;
        this.createdAt = at;
        this.createdBy = by;
    }

    /** A framework published for the first time; its first version follows from {@link #publish}. */
    public static Framework first(FrameworkDefinition definition, Instant at, String by) {
        return new Framework(definition.identifier(), definition.title(), at, by);
    }

    /**
     * The next version of this framework with that content. The caller has checked that the content differs
     * from the latest version's ({@link FrameworkVersion#sameContentAs}).
     */
    public FrameworkVersion publish(FrameworkDefinition definition, Instant at, String by) {
        if (!definition.identifier().equals(identifier)) {
            throw new IllegalArgumentException("A version of " + identifier + " cannot carry " + definition.identifier());
        }
        latestVersion++;
        title = definition.title();
        return new FrameworkVersion(this, latestVersion, definition, at, by);
    }

    public Long getId() {
        return id;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getTitle() {
        return title;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
