package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A line written on a case: an investigation note or a service-recovery action taken for the patient. */
@Embeddable
public class CaseEntry {

    /** What an entry records. */
    public enum Kind {
        INVESTIGATION_NOTE("Investigation note"),
        SERVICE_RECOVERY("Service recovery");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The longest entry kept. */
    public static final int MAX_TEXT = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 24)
    private Kind kind;

    @Column(name = "WRITTEN_AT", nullable = false)
    private Instant at;

    @Column(name = "WRITTEN_BY", nullable = false, length = 64)
    private String by;

    @Column(name = "TEXT", nullable = false, length = MAX_TEXT)
    private String text;

    protected CaseEntry() {
    }

    CaseEntry(Kind kind, Instant at, String by, String text) {
        this.kind = kind;
        this.at = at;
        this.by = by;
        this.text = text;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getText() {
        return text;
    }
}
