package org.carelearn.reporting.application.pack;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carelearn.reporting.application.PersonFacts;

/**
 * The survey-ready packs (V027) and what they read of reporting's own coverage read model: the people in active
 * service, what their jobs require and their evidence.
 */
public interface PackStore {

    /** The people of a department in active service, by name. */
    List<String> employeeIdsOf(String departmentCode);

    /** Which of these people reporting holds (in active service). */
    List<String> held(Collection<String> employeeIds);

    /** These people's facts, in the order given (someone not held is left out). */
    List<PersonFacts> facts(List<String> employeeIds);

    void add(PackOrder order, String requestedBy, Instant at, int people);

    /** The pack to build next: the oldest waiting, or one left building by another holder (a node that stopped). */
    Optional<String> next(String builder);

    /** Marks the pack as built by {@code builder}; false when another builder took it meanwhile. */
    boolean claim(String id, String builder);

    Optional<PackOrder> order(String id);

    void progress(String id, String builder, int done, int total);

    /** Stores the files and the summary; false (nothing stored) when the pack is no longer this builder's. */
    boolean finish(String id, String builder, byte[] pdf, byte[] xlsx, List<PackSummaryRow> summary,
            Instant finishedAt, Instant expiresAt);

    void fail(String id, String builder, String reason);

    /** The packs not yet deleted, newest first. */
    List<PackView> recent();

    Optional<PackView> find(String id);

    List<PackSummaryRow> summary(String id);

    /** The PDF ({@code pdf} true) or XLSX of a ready pack. */
    Optional<byte[]> file(String id, boolean pdf);

    /** Deletes the packs whose time ran out by {@code now}; how many. */
    int deleteExpired(Instant now);
}
