package org.carelearn.assignment.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The workbench's read model (V015): a row per person in active service and course required of them, and who is
 * in whose line. {@link Workbench} writes it whenever a person's requirements may have changed and reads it a
 * page at a time: the database filters, orders, counts and pages, so a page costs what a page holds.
 */
public interface WorkbenchStore {

    /**
     * Replaces everything held for these people with their rows now (none for someone no longer in active
     * service) and, for each, the managers above them.
     *
     * @param rows each with its {@link WorkbenchState#standing standing}, not the state of a day
     */
    void replace(Collection<String> employeeIds, List<WorkbenchRow> rows, Map<String, List<String>> managersAbove);

    /**
     * Rows were written (and committed): the filters' choices kept for a while (the courses of a scope, whose
     * reading touches every row of it) are read again. On a server that did not write them, choices are kept at
     * most a minute.
     */
    void forgetChoices();

    /** Whether nothing was ever written (a database migrated to V015 that no one has been evaluated in since). */
    boolean isEmpty();

    /** How many rows of the scope the view shows on {@code today}. */
    long count(WorkbenchScope scope, WorkbenchView view, LocalDate today);

    /** The view's rows from {@code first} on, at most {@code max} (all of them for a negative max), in its order. */
    List<WorkbenchRow> rows(WorkbenchScope scope, WorkbenchView view, LocalDate today, int first, int max);

    /**
     * The people of the scope a view's person filters (name or id, department, job role) leave, by name in the
     * view's direction, with how many rows each has and how many are open training.
     */
    List<PersonRows> people(WorkbenchScope scope, WorkbenchView view);

    /** These people's rows, in the view's order, from {@code skip} on, at most {@code max}. */
    List<WorkbenchRow> rowsOf(List<String> employeeIds, WorkbenchView view, LocalDate today, int skip, int max);

    /** One person of a scope as a view ordered by name walks them. */
    record PersonRows(String employeeId, int rows, int open, String departmentName, String jobRoleTitle) {
    }

    /** The people with open training (not started, in progress, due soon, overdue) among the view's rows. */
    List<String> peopleWithOpenTraining(WorkbenchScope scope, WorkbenchView view, LocalDate today);

    /** How many rows of the view are in each state today (states with none left out). */
    Map<WorkbenchState, Long> countByState(WorkbenchScope scope, WorkbenchView view, LocalDate today);

    /** The courses required of anyone in the scope: iri to title. */
    Map<String, String> courses(WorkbenchScope scope);

    /** The departments of the people in the scope. */
    List<String> departments(WorkbenchScope scope);

    /** The job roles of the people in the scope. */
    List<String> jobRoles(WorkbenchScope scope);
}
