package org.carelearn.audit.domain;

import java.util.List;

/** The trail's storage: append and read, nothing else. */
public interface AuditEventRepository {

    void append(AuditEvent event);

    /** Newest first. */
    List<AuditEvent> find(AuditFilter filter, int first, int max);

    long count(AuditFilter filter);
}
