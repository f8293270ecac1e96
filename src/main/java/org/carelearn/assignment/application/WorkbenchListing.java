package org.carelearn.assignment.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.carelearn.assignment.application.WorkbenchStore.PersonRows;

/**
 * One view of a workbench as a page shows it: its count, its pages and whom "Remind everyone" writes to. A view
 * that filters by person only (the first page's is one) is answered from the scope's people, read once with how
 * many rows and how much open training each has: the count is their sum, a page ordered by name holds the rows of
 * the few people it reaches, and the people to remind are those with open training. Any other view is answered
 * by the database's queries over the rows.
 */
public final class WorkbenchListing {

    private final WorkbenchStore store;
    private final WorkbenchScope scope;
    private final WorkbenchView view;
    private final LocalDate today;
    private final List<PersonRows> people;

    WorkbenchListing(WorkbenchStore store, WorkbenchScope scope, WorkbenchView view, LocalDate today) {
        this.store = store;
        this.scope = scope;
        this.view = view;
        this.today = today;
        this.people = view.state() == null && view.courseIri() == null ? store.people(scope, view) : null;
    }

    public WorkbenchView view() {
        return view;
    }

    public long count() {
        return people == null ? store.count(scope, view, today)
                : people.stream().mapToLong(PersonRows::rows).sum();
    }

    public List<WorkbenchRow> page(int first, int max) {
        if (people == null || view.sort() != WorkbenchView.Sort.NAME) {
            return store.rows(scope, view, today, Math.max(0, first), Math.max(0, max));
        }
        return page(people, Math.max(0, first), Math.max(0, max),
                (ids, skip) -> store.rowsOf(ids, view, today, skip, max));
    }

    public List<String> peopleToRemind() {
        return people == null ? store.peopleWithOpenTraining(scope, view, today)
                : people.stream().filter(p -> p.open() > 0).map(PersonRows::employeeId).toList();
    }

    /** The people read for the view (in its order), or null for a view that filters or orders rows. */
    List<PersonRows> people() {
        return people;
    }

    /**
     * Rows {@code first} to {@code first + max} of people in order: those of the people the range reaches, read by
     * {@code rowsOf} (their ids, and how many of the first one's rows to skip).
     */
    public static List<WorkbenchRow> page(List<PersonRows> people, int first, int max,
            BiFunction<List<String>, Integer, List<WorkbenchRow>> rowsOf) {
        List<String> onPage = new ArrayList<>();
        int skip = 0;
        long before = 0;
        for (PersonRows person : people) {
            if (before >= (long) first + max) {
                break;
            }
            if (before + person.rows() > first) {
                if (onPage.isEmpty()) {
                    skip = (int) (first - before);
                }
                onPage.add(person.employeeId());
            }
            before += person.rows();
        }
        return onPage.isEmpty() || max == 0 ? List.of() : rowsOf.apply(onPage, skip);
    }
}
