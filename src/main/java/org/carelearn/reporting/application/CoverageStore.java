package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage read model's tables: people in active service, the competencies, what each person's job requires
 * and their evidence. Written by {@link ReadModels} only; read by the coverage report.
 */
public interface CoverageStore {

    /** The coverage aggregate's name in {@link #asOf(String)}. */
    String COVERAGE = "coverage";
    /** The compliance aggregate's name in {@link #asOf(String)}. */
    String COMPLIANCE = "compliance";

    /**
     * Replaces everything held of these people with these facts (none for someone no longer in active service)
     * and their standings, and moves the coverage aggregate's counts by the difference.
     */
    void replace(Collection<String> employeeIds, Collection<PersonFacts> facts, List<ReportStanding> standings);

    /** Replaces these people's standings (decided on a later day) and moves the aggregate's counts likewise. */
    void restate(Collection<String> employeeIds, List<ReportStanding> standings);

    /** What is held of these people (those held), as {@link #people} gives it. */
    List<PersonFacts> facts(Collection<String> employeeIds);

    /** The people with a standing that may change by time alone on or before the day. */
    List<String> changingBy(LocalDate day);

    /** The day the aggregate ("coverage", "compliance") was last brought up to; empty when never built. */
    Optional<LocalDate> asOf(String aggregate);

    void asOf(String aggregate, LocalDate day);

    /** The coverage aggregate for one job role (every job role for null). */
    CoverageCounts counts(String jobRoleCode);

    /** Counts the coverage aggregate again from the standings held (the rebuild's last step, which mends drift). */
    void recount();

    /** Replaces the list of competencies. */
    void replaceCompetencies(List<ReportCompetency> competencies);

    /** The competencies, in their order. */
    List<ReportCompetency> competencies();

    /** Everyone held, by employee id. */
    List<String> employeeIds();

    /**
     * The people the report counts (in a department and job role when given, else everywhere), each with what
     * their job requires and their evidence, by department and then name.
     */
    List<PersonFacts> people(String departmentCode, String jobRoleCode);

    /** The departments of the people held, code to name, by name (from the aggregate). */
    Map<String, String> departments();

    /** The job roles of the people held, code to title, by title (from the aggregate). */
    Map<String, String> jobRoles();

    /** Whether the coverage read model was never built (nothing held, or held from before the aggregate). */
    boolean isEmpty();
}
