package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * The manager's workbench (and the administrator's, for the whole hospital): every person in scope with each
 * course required of them and where they stand. Read from assignment's read model ({@link WorkbenchStore}), which
 * the database filters, orders, counts and pages, so that a page costs what it shows and not what the line
 * holds; written here, for the people whose requirements may have changed, from the same code that decides
 * requirements everywhere else ({@link Requirements}, learning's enrolment snapshots, {@link WorkbenchState}).
 */
@ApplicationScoped
public class Workbench {

    @Inject
    private WorkbenchStore store;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Requirements requirements;

    @Inject
    private Enrolments enrolments;

    @Inject
    private Catalog catalog;

    @Inject
    private HospitalTime time;

    /** The view as a page lists it: its count, pages and people to remind, each read as the page asks. */
    public WorkbenchListing listing(WorkbenchScope scope, WorkbenchView view) {
        return new WorkbenchListing(store, scope, view, time.today());
    }

    /**
     * The departments and job roles of the people of a listing of the whole scope (no person filter), without
     * reading them again; null when the listing is filtered.
     */
    public static List<List<String>> choicesOf(WorkbenchListing listing) {
        WorkbenchView view = listing.view();
        if (listing.people() == null || view.department() != null || view.jobRole() != null || view.search() != null) {
            return null;
        }
        return List.of(sorted(listing.people().stream().map(WorkbenchStore.PersonRows::departmentName)
                .filter(java.util.Objects::nonNull).distinct().toList()),
                sorted(listing.people().stream().map(WorkbenchStore.PersonRows::jobRoleTitle)
                        .filter(java.util.Objects::nonNull).distinct().toList()));
    }

    /** How many rows of the scope the view shows today. */
    public long count(WorkbenchScope scope, WorkbenchView view) {
        return store.count(scope, view, time.today());
    }

    /** One page of the view: {@code max} rows from {@code first}, in the view's order. */
    public List<WorkbenchRow> page(WorkbenchScope scope, WorkbenchView view, int first, int max) {
        return store.rows(scope, view, time.today(), first, Math.max(0, max));
    }

    /** Every row of the view, in its order: what an export of the view holds. */
    public List<WorkbenchRow> rows(WorkbenchScope scope, WorkbenchView view) {
        return store.rows(scope, view, time.today(), 0, -1);
    }

    /** The people of the view with training still to do: whom "Remind everyone in this view" writes to. */
    public List<String> peopleToRemind(WorkbenchScope scope, WorkbenchView view) {
        return store.peopleWithOpenTraining(scope, view, time.today());
    }

    /** How many of the view's rows are in each state today. */
    public Map<WorkbenchState, Long> countByState(WorkbenchScope scope, WorkbenchView view) {
        return store.countByState(scope, view, time.today());
    }

    /** The courses required of anyone in scope, by title: the course filter offers them. */
    public List<Map.Entry<String, String>> courses(WorkbenchScope scope) {
        return store.courses(scope).entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The departments of the people in scope, sorted. */
    public List<String> departments(WorkbenchScope scope) {
        return sorted(store.departments(scope));
    }

    /** The job roles of the people in scope, sorted. */
    public List<String> jobRoles(WorkbenchScope scope) {
        return sorted(store.jobRoles(scope));
    }

    /**
     * Writes the read model's rows of these people as they stand now (none for anyone not in active service),
     * in the caller's transaction: a handful of reads for all of them (the directory, their enrolments, their
     * requirements, the catalog), never per person.
     */
    @Transactional
    public void refresh(Collection<String> employeeIds) {
        List<String> ids = employeeIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<String, StaffContact> people = directory.contacts(ids);
        List<StaffPerson> active = people.values().stream().map(StaffContact::person).filter(StaffPerson::active)
                .toList();
        List<String> activeIds = active.stream().map(StaffPerson::employeeId).toList();
        List<EnrolmentSnapshot> snapshots = activeIds.isEmpty() ? List.of() : enrolments.snapshotsOf(activeIds);
        Map<String, List<Requirement>> required = activeIds.isEmpty() ? Map.of()
                : requirements.of(activeIds, snapshots);
        // the open enrolment of each person and course, for progress (the latest if there were ever two)
        Map<String, EnrolmentSnapshot> open = snapshots.stream().filter(e -> !e.completed())
                .collect(Collectors.toMap(e -> e.employeeId() + '\n' + e.courseIri(), e -> e,
                        (a, b) -> a.enrolledAt().isAfter(b.enrolledAt()) ? a : b));
        Map<String, String> titles = catalog.courses().stream()
                .collect(Collectors.toMap(CourseSummary::courseIri, CourseSummary::title, (a, b) -> a));
        List<WorkbenchRow> rows = new ArrayList<>();
        Map<String, List<String>> managersAbove = new LinkedHashMap<>();
        for (StaffPerson person : active) {
            managersAbove.put(person.employeeId(), people.get(person.employeeId()).placement().managerChain());
            List<Requirement> theirs = required.getOrDefault(person.employeeId(), List.of());
            if (theirs.isEmpty()) {
                rows.add(new WorkbenchRow(person.employeeId(), person.sortName(), person.departmentName(),
                        person.jobRoleTitle(), null, null, WorkbenchState.NONE_ASSIGNED, null, null, 0, ""));
            }
            for (Requirement requirement : theirs) {
                EnrolmentSnapshot enrolment = open.get(person.employeeId() + '\n' + requirement.courseIri());
                WorkbenchState standing = WorkbenchState.standing(requirement, enrolment);
                rows.add(new WorkbenchRow(person.employeeId(), person.sortName(), person.departmentName(),
                        person.jobRoleTitle(), requirement.courseIri(),
                        titles.getOrDefault(requirement.courseIri(), requirement.courseIri()), standing,
                        requirement.dueOn(), requirement.lastCompletedOn(),
                        standing == WorkbenchState.COMPLETED || enrolment == null ? 0 : enrolment.progress(),
                        requirement.reason()));
            }
        }
        store.replace(ids, rows, managersAbove);
    }

    /** The same in a transaction of its own: after the change that called for it has committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshAlone(Collection<String> employeeIds) {
        refresh(employeeIds);
    }

    /** After rows were written and committed: the filters' choices are read again. */
    public void written() {
        store.forgetChoices();
    }

    /** Whether the read model holds nothing yet (a database just migrated to it). */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
