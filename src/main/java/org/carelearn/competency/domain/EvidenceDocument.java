package org.carelearn.competency.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The document behind a record of prior learning, kept in the database beside its evidence (never on a node's
 * disk, so that every node of a cluster can serve it), read only when someone opens it.
 */
@Entity
@Table(name = "COMPETENCY_EVIDENCE_DOCUMENT")
public class EvidenceDocument {

    @Id
    @Column(name = "EVIDENCE_ID")
    private Long evidenceId;

    @Column(name = "FILE_NAME", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "BYTE_SIZE", nullable = false, updatable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceDocument() {
    }

    public EvidenceDocument(long evidenceId, EvidenceDocumentContent document) {
        this.evidenceId = evidenceId;
        this.fileName = document.fileName();
        this.mediaType = document.mediaType();
        this.content = document.content();
        this.size = content.length;
        try {
            this.sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    public EvidenceDocumentContent content() {
        return new EvidenceDocumentContent(fileName, mediaType, content);
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }
}
