package org.carelearn.reporting.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The coverage read model's tables: people in active service, the competencies, what each person's job requires
 * and their evidence. Written by {@link ReadModels} only; read by the coverage report.
 */
public interface CoverageStore {

    /** Replaces everything held of these people with these facts (none for someone no longer in active service). */
    void replace(Collection<String> employeeIds, Collection<PersonFacts> facts);

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

    /** The departments of the people held, code to name, by name. */
    Map<String, String> departments();

    /** The job roles of the people held, code to title, by title. */
    Map<String, String> jobRoles();

    boolean isEmpty();
}
