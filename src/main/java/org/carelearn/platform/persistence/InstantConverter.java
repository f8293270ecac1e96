package org.carelearn.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s in TIMESTAMP columns. JPA 3.1 (EclipseLink 4) does not map Instant itself and
 * would serialize it to bytes. The server runs in UTC (-Duser.timezone=UTC, set by the build), so the
 * zone-less TIMESTAMP holds UTC and reads back as the same instant.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
