package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Waiver;
import org.carelearn.platform.time.HospitalTime;

/**
 * Every course rules have required of people, ended ones included, for reports that reconstruct what was required
 * on a past day (reporting's compliance over time). Assignments keep when they reached someone and when they
 * ended; this reads them, with each rule's recertification, and the periods waivers covered, without any entity
 * leaving assignment.
 */
@ApplicationScoped
public class TrainingHistory {

    @Inject
    private AssignmentRepository repository;

    @Inject
    private HospitalTime time;

    public List<TrainingEpisode> of(Collection<String> employeeIds) {
        List<Assignment> assignments = new ArrayList<>();
        for (String employeeId : employeeIds) {
            assignments.addAll(repository.assignmentsOf(employeeId));
        }
        Map<Long, AssignmentRule> rules = repository.rules(assignments.stream().map(Assignment::getRuleId)
                .distinct().toList()).stream().collect(Collectors.toMap(AssignmentRule::getId, Function.identity()));
        List<TrainingEpisode> episodes = new ArrayList<>();
        for (Assignment a : assignments) {
            AssignmentRule rule = rules.get(a.getRuleId());
            Integer months = rule == null || rule.getRecertification() == null ? null
                    : rule.getRecertification().getMonths();
            LocalDate ended = a.getEndedAt() == null ? null : LocalDate.ofInstant(a.getEndedAt(), time.getZone());
            episodes.add(new TrainingEpisode(a.getId(), a.getEmployeeId(), a.getCourseIri(), a.getReachedOn(),
                    a.getDueOn(), ended, months));
        }
        return episodes;
    }

    /** Every waiver these people were granted, ended ones included, as the days it covered. */
    public List<WaivedPeriod> waiversOf(Collection<String> employeeIds) {
        List<WaivedPeriod> periods = new ArrayList<>();
        for (Waiver w : repository.waiversOf(employeeIds)) {
            LocalDate from = LocalDate.ofInstant(w.getGrantedAt(), time.getZone());
            LocalDate through = w.lastDay();
            periods.add(new WaivedPeriod(w.getId(), w.getEmployeeId(), w.getCourseIri(), from,
                    through.isBefore(from) ? from : through));
        }
        return periods;
    }
}
