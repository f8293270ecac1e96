package org.carelearn.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * One published version of a framework: its number (1, 2, ...), its whole content as a
 * {@link FrameworkDefinition} (kept as JSON by {@link FrameworkJson}, so it reads back equal), and who published
 * it when. Never changed: evidence keeps the version it was given against.
 */
@Entity
@Table(name = "COMPETENCY_FRAMEWORK_VERSION")
@NamedQuery(name = "FrameworkVersion.byNumber", query = "SELECT v FROM FrameworkVersion v"
        + " WHERE v.framework.identifier = :identifier AND v.number = :number")
@NamedQuery(name = "FrameworkVersion.latestOfEach", query = "SELECT v FROM FrameworkVersion v"
        + " WHERE v.number = v.framework.latestVersion ORDER BY v.framework.title, v.framework.identifier")
@NamedQuery(name = "FrameworkVersion.latestIds", query = "SELECT v.id FROM FrameworkVersion v"
        + " WHERE v.number = v.framework.latestVersion ORDER BY v.framework.title, v.framework.identifier")
@NamedQuery(name = "FrameworkVersion.ofFramework", query = "SELECT v FROM FrameworkVersion v"
        + " WHERE v.framework.identifier = :identifier ORDER BY v.number DESC")
public class FrameworkVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COMPETENCY_FRAMEWORK_VERSION_SEQ")
    @SequenceGenerator(name = "COMPETENCY_FRAMEWORK_VERSION_SEQ", sequenceName = "COMPETENCY_SEQ",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "FRAMEWORK_ID", nullable = false, updatable = false)
    private Framework framework;

    @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
    private int number;

    @Column(name = "VERSION_LABEL", nullable = false, updatable = false, length = 40)
    private String label;

    @Lob
    @Column(name = "CONTENT_JSON", nullable = false, updatable = false)
    private String contentJson;

    @Column(name = "PUBLISHED_AT", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "PUBLISHED_BY", nullable = false, updatable = false, length = 64)
    private String publishedBy;

    @Transient
    private FrameworkDefinition definition;

    protected FrameworkVersion() {
    }

    FrameworkVersion(Framework framework, int number, FrameworkDefinition definition, Instant at, String by) {
        this.framework = framework;
        this.number = number;
        this.label = definition.versionLabel();
        this.contentJson = FrameworkJson.write(definition);
        this.definition = definition;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    /** The content of this version, read back from what was stored. */
    public FrameworkDefinition definition() {
        if (definition == null) {
            definition = FrameworkJson.read(contentJson);
        }
        return definition;
    }

    /** Whether publishing that content would change nothing: it equals this version's. */
    public boolean sameContentAs(FrameworkDefinition other) {
        return definition().equals(other);
    }

    public Long getId() {
        return id;
    }

    public Framework getFramework() {
        return framework;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
