package org.carelearn.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ContentGrantRepository {

    void add(ContentGrant grant);

    Optional<ContentGrant> findByTokenDigest(String digest);

    List<ContentGrant> findByHolder(String holder);

    /** Forgets grants that expired before the instant; returns how many. */
    int deleteExpiredBefore(Instant before);
}
