package org.carelearn.audit.domain;

import java.time.Instant;

/**
 * What an admin looks for in the trail. Every part is optional; text parts match case-insensitively
 * from the start ({@code actor} "j.ng" finds "j.nguyen").
 */
public record AuditFilter(String actor, AuditAction action, String targetType, String targetId, Instant from,
        Instant until) implements java.io.Serializable {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
