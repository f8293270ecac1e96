package org.carelearn.xapi.domain.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A system allowed to use the LRS (course content's back end, a reporting tool, another LRS) with HTTP
 * Basic credentials: a public key and a secret that CareLearn shows once and keeps only as a hash.
 */
@Entity
@Table(name = "XAPI_CLIENT")
@NamedQuery(name = "LrsClient.findByKey", query = "SELECT c FROM LrsClient c WHERE c.key = :key")
@NamedQuery(name = "LrsClient.findAll", query = "SELECT c FROM LrsClient c ORDER BY c.name")
public class LrsClient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "XAPI_CLIENT_SEQ")
    @SequenceGenerator(name = "XAPI_CLIENT_SEQ", sequenceName = "XAPI_CLIENT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CLIENT_KEY", nullable = false, updatable = false, length = 64)
    private String key;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "SECRET_HASH", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "CAN_READ", nullable = false)
    private boolean canRead;

    @Column(name = "CAN_WRITE", nullable = false)
    private boolean canWrite;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected LrsClient() {
        // for JPA
    }

    public LrsClient(String key, String name, String secret, boolean canRead, boolean canWrite, Instant createdAt) {
        if (!canRead && !canWrite) {
            throw new IllegalArgumentException("A client must be allowed to read, write or both");
        }
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.secretHash = hash(secret);
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** Whether this secret is the client's, compared in constant time. */
    public boolean accepts(String secret) {
        return active && secret != null && MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void deactivate() {
        this.active = false;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public boolean isCanRead() {
        return canRead;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
