package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.carelearn.assignment.application.TrainingHistory;
import org.carelearn.learning.application.EnrolmentSnapshot;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.application.TrainingStore.CompletionRow;
import org.carelearn.reporting.application.TrainingStore.MonthRow;
import org.carelearn.reporting.application.TrainingStore.PlacementRow;
import org.carelearn.reporting.application.TrainingStore.TrainingRow;
import org.carelearn.reporting.application.TrainingStore.WaiverRow;
import org.carelearn.reporting.domain.PersonTraining;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Writes reporting's training-history read model from the source contexts' application services: the courses
 * assignment has required of each person (ended ones too) and the periods its waivers covered, learning's
 * completions, and staff's placement, added to the history when it changed.
 */
@ApplicationScoped
public class TrainingModels {

    @Inject
    private TrainingHistory history;

    @Inject
    private Enrolments enrolments;

    @Inject
    private StaffDirectory directory;

    @Inject
    private TrainingStore store;

    @Inject
    private HospitalTime time;

    /** Writes these people's rows again, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshAlone(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return;
        }
        List<StaffContact> people = List.copyOf(directory.contacts(employeeIds).values());
        List<String> ids = people.stream().map(c -> c.placement().employeeId()).toList();
        List<TrainingRow> episodes = history.of(ids).stream().map(e -> new TrainingRow(e.assignmentId(),
                e.employeeId(), e.courseIri(), e.reachedOn(), e.dueOn(), e.endedOn(), e.recurMonths())).toList();
        List<CompletionRow> completions = enrolments.snapshotsOf(ids).stream()
                .filter(e -> e.completed() && e.satisfiedAt() != null).map(this::completion).toList();
        List<WaiverRow> waivers = history.waiversOf(ids).stream().map(w -> new WaiverRow(w.waiverId(),
                w.employeeId(), w.courseIri(), w.fromOn(), w.throughOn())).toList();
        store.replace(ids, episodes, completions, waivers);
        store.place(people.stream().map(c -> new PlacementRow(c.placement().employeeId(),
                c.placement().departmentCode(), c.person().departmentName(), c.person().active(),
                c.person().hireDate())).toList(), time.today());
        restate(ids, time.today());
    }

    /**
     * Counts these people's months again on the day from what reporting holds of them (the day's roll: time alone
     * moved them), in a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void restateAlone(Collection<String> employeeIds, LocalDate on) {
        restate(employeeIds, on);
    }

    private void restate(Collection<String> employeeIds, LocalDate on) {
        List<MonthRow> rows = new ArrayList<>();
        Map<String, LocalDate> changes = new HashMap<>();
        for (PersonTraining person : store.training(employeeIds)) {
            rows.addAll(ComplianceMonths.of(person, on));
            changes.put(person.employeeId(), ComplianceMonths.nextChange(person, on));
        }
        store.restate(employeeIds, rows, changes);
    }

    /** The people whose current month's count time alone may have moved by the day; everyone in a new month. */
    public List<String> changingBy(LocalDate day, boolean newMonth) {
        return newMonth ? store.placedPeople() : store.changingBy(day);
    }

    /** Counts the compliance aggregate again from the people's months. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recount() {
        store.recount();
    }

    private CompletionRow completion(EnrolmentSnapshot e) {
        return new CompletionRow(e.id(), e.employeeId(), e.courseIri(),
                LocalDate.ofInstant(e.satisfiedAt(), time.getZone()));
    }
}
