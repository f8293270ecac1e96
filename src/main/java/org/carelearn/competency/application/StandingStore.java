package org.carelearn.competency.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.domain.CompetencyStatus;

/**
 * The standings read model: one row per person in active service and competency, written by {@link Standings}
 * and read by the manager's grid and "who is competent in X", a page at a time, filtered by the database.
 */
public interface StandingStore {

    /** What is held now for these people: their rows and the managers above them. */
    HeldStandings held(Collection<String> employeeIds);

    /**
     * Makes what is held for these people their rows (none for someone no longer in active service) and the
     * managers above each of them, writing only the rows, people and lines that differ from {@code held} (read
     * in the same transaction). A recompute after a framework change then writes the few standings it changed,
     * not all 800,000 of a hospital (CompetencyBench).
     */
    void write(Collection<String> employeeIds, HeldStandings held, List<StandingRow> rows,
            Map<String, List<String>> managersAbove);

    /** The status each of these people had with each competency, as last written. */
    Map<String, Map<String, CompetencyStatus>> statusesOf(Collection<String> employeeIds);

    /** How many people the query selects. */
    long countPeople(GridQuery query);

    /** The rows of the people on the query's page (every competency of each), people by name. */
    List<StandingRow> page(GridQuery query);

    /**
     * The people (in the manager's line, or anyone for managerId null) who hold the competency: competent or
     * expiring, and, when minLevel is given, showing at least that level. By name.
     */
    List<StandingRow> holding(String competencyIdentifier, Integer minLevel, String managerId);

    /** Everyone whose rows were written before that day: whom the daily sweep must write again. */
    List<String> staleOn(LocalDate today);

    boolean isEmpty();
}
