package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Curriculum;
import org.carelearn.assignment.domain.DuePolicy;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.assignment.domain.Recertification;
import org.carelearn.assignment.domain.Target;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Makes and ends assignment rules. A rule is previewed first (whom it reaches, who already completed its
 * training); creating it stores the rule, an assignment for each person it reaches and their enrolments, all in
 * one transaction, so a refusal anywhere changes nothing.
 */
@ApplicationScoped
public class AssignmentRules {

    @Inject
    private AssignmentRepository repository;

    @Inject
    private People people;

    @Inject
    private Reassessment reassessment;

    @Inject
    private Requirements requirements;

    @Inject
    private Catalog catalog;

    @Inject
    private HospitalTime time;

    /** What the rule would do if created now; nothing is stored. */
    public RulePreview preview(Actor actor, RuleDefinition definition) {
        return previewOf(build(actor, definition));
    }

    @Transactional
    public RuleCreated create(Actor actor, RuleDefinition definition) {
        AssignmentRule rule = build(actor, definition);
        RulePreview preview = previewOf(rule);
        repository.add(rule);
        reassessment.reassess(actor, reached(rule).stream().map(Person::employeeId).toList());
        return new RuleCreated(rule.getId(), preview);
    }

    /** Ends a rule: what only it required is required no more; every assignment it made stays as history. */
    @Transactional
    public void end(Actor actor, long ruleId) {
        AssignmentRule rule = repository.rule(ruleId)
                .orElseThrow(() -> new NotFoundException("There is no assignment rule " + ruleId));
        rule.end(time.now(), actor.username());
        Set<String> held = repository.activeAssignmentsOfRule(ruleId).stream().map(Assignment::getEmployeeId)
                .collect(Collectors.toSet());
        reassessment.reassess(actor, held);
    }

    /** A named, ordered set of courses to assign together, each one a course that can be assigned. */
    @Transactional
    public Curriculum defineCurriculum(Actor actor, String name, List<String> courseIris, boolean unlockInOrder) {
        Set<String> known = assignableCourses();
        for (String course : courseIris == null ? List.<String>of() : courseIris) {
            if (!known.contains(course)) {
                throw new BusinessRuleException("There is no course " + course + " in the catalog that can be assigned");
            }
        }
        Curriculum curriculum = new Curriculum(name, courseIris, unlockInOrder, time.now(), actor.username());
        repository.add(curriculum);
        return curriculum;
    }

    /** Whether any rule was ever made (ended ones count): the demo rules go only into a hospital with none. */
    public boolean anyEver() {
        return repository.countRules() > 0;
    }

    public List<AssignmentRule> activeRules() {
        return repository.activeRules();
    }

    /** A rule, active or ended. */
    public Optional<AssignmentRule> rule(long id) {
        return repository.rule(id);
    }

    /** Every curriculum, by name. */
    public List<Curriculum> curricula() {
        return repository.curricula();
    }

    private AssignmentRule build(Actor actor, RuleDefinition d) {
        if (d == null) {
            throw new BusinessRuleException("Describe the rule: what to assign, to whom and by when");
        }
        Target target = Target.of(d.targetKind(), d.targetEmployeeId(), d.targetDepartmentCode(),
                d.targetJobRoleCode());
        DuePolicy due = DuePolicy.of(d.dueKind(), d.dueDate(), d.dueDays());
        Recertification recertification = null;
        if (d.recertifyEveryMonths() != null) {
            if (d.windowDays() == null) {
                throw new BusinessRuleException("Give the number of days before each recertification is due in"
                        + " which it opens");
            }
            recertification = new Recertification(d.recertifyEveryMonths(), d.windowDays());
        }
        LocalDate today = time.today();
        Set<String> known = assignableCourses();
        if (d.curriculumId() != null) {
            Curriculum curriculum = repository.curriculum(d.curriculumId()).orElseThrow(
                    () -> new BusinessRuleException("There is no curriculum " + d.curriculumId()));
            return AssignmentRule.forCurriculum(d.name(), curriculum, known, target, due, recertification, today,
                    time.now(), actor.username());
        }
        return AssignmentRule.forCourse(d.name(), d.courseIri(), known, target, due, recertification, today,
                time.now(), actor.username());
    }

    private Set<String> assignableCourses() {
        return catalog.courses().stream().filter(c -> c.availability() != CourseAvailability.RETIRED)
                .map(c -> c.courseIri()).collect(Collectors.toSet());
    }

    private List<Person> reached(AssignmentRule rule) {
        return people.active().stream().filter(rule::reaches)
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Whom the rule reaches, and who of them needs nothing new: every course of the rule completed, and
     * within its validity where it recertifies (the round after that completion has not opened).
     */
    private RulePreview previewOf(AssignmentRule rule) {
        List<Person> reached = reached(rule);
        Map<String, Map<String, LocalDate>> completions = requirements.lastCompletions(
                reached.stream().map(Person::employeeId).toList());
        LocalDate today = time.today();
        int done = 0;
        for (Person person : reached) {
            Map<String, LocalDate> theirs = completions.getOrDefault(person.employeeId(), Map.of());
            boolean all = rule.courses().stream().allMatch(course -> theirs.containsKey(course)
                    && (rule.getRecertification() == null
                            || !rule.getRecertification().after(theirs.get(course)).isOpen(today)));
            if (all) {
                done++;
            }
        }
        return new RulePreview(reached.size(), done,
                reached.stream().limit(RulePreview.NAMES).map(Person::displayName).toList());
    }
}
