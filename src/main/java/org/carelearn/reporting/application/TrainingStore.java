package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Department code to its latest name. */
    Map<String, String> departmentNames();

    /** One person's required course, as stored. */
    record TrainingRow(long assignmentId, String employeeId, String courseIri, LocalDate reachedOn, LocalDate dueOn,
            LocalDate endedOn, Integer recurMonths) {
    }

    /** One waiver: the course was not required from {@code fromOn} through {@code throughOn}. */
    record WaiverRow(long waiverId, String employeeId, String courseIri, LocalDate fromOn, LocalDate throughOn) {
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
