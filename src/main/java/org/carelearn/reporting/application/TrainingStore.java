package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carelearn.reporting.domain.MonthCount;
import org.carelearn.reporting.domain.PersonTraining;

/**
 * The training-history read model's tables: the courses required of each person (ended ones kept), their
 * completions, and where each person sat since reporting has known them. Written by {@link TrainingModels} only.
 */
public interface TrainingStore {

    /** Replaces these people's required courses, completions and waivers. */
    void replace(Collection<String> employeeIds, List<TrainingRow> episodes, List<CompletionRow> completions,
            List<WaiverRow> waivers);

    /**
     * Adds a placement from {@code on} for each person whose latest one differs in department or active service
     * (one of the same day is replaced); a person never placed before is placed from {@code firstFrom}.
     */
    void place(List<PlacementRow> now, LocalDate on);

    /** Everyone's history, for a report over every department. */
    List<PersonTraining> everyone();

    /** These people's histories (those placed), each read by the key. */
    List<PersonTraining> training(Collection<String> employeeIds);

    /** Everyone reporting has placed: whose months the compliance aggregate counts. */
    List<String> placedPeople();

    /**
     * Replaces these people's counts by month with these (none for someone not counted in any month) and moves
     * the compliance aggregate by the difference; {@code changesOn} is, for each, the first later day their current
     * month's count may change by time alone.
     */
    void restate(Collection<String> employeeIds, List<MonthRow> rows, Map<String, LocalDate> changesOn);

    /** The people whose current month's count time alone may have moved by the day. */
    List<String> changingBy(LocalDate day);

    /** The compliance aggregate from that month on: department code to month to count. */
    Map<String, Map<YearMonth, MonthCount>> months(YearMonth from);

    /** Counts the compliance aggregate again from the people's counts held (the rebuild's last step). */
    void recount();

    /** Department code to its latest name. */
    Map<String, String> departmentNames();

    /** One person's required course, as stored. */
    record TrainingRow(long assignmentId, String employeeId, String courseIri, LocalDate reachedOn, LocalDate dueOn,
            LocalDate endedOn, Integer recurMonths) {
    }

    /** One waiver: the course was not required from {@code fromOn} through {@code throughOn}. */
    record WaiverRow(long waiverId, String employeeId, String courseIri, LocalDate fromOn, LocalDate throughOn) {
    }

    /** A person's count at the end of a month, in the department they sat in then. */
    record MonthRow(String employeeId, YearMonth month, String departmentCode, MonthCount count) {
    }

    /** One completion. */
    record CompletionRow(long enrolmentId, String employeeId, String courseIri, LocalDate completedOn) {
    }

    /**
     * Where a person sits now.
     *
     * @param firstFrom the day to place them from when reporting has never placed them (their hire date)
     */
    record PlacementRow(String employeeId, String departmentCode, String departmentName, boolean active,
            LocalDate firstFrom) {
    }
}
