package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import org.carelearn.assignment.domain.AssignmentRuleCreated;
import org.carelearn.assignment.domain.AssignmentRuleEnded;
import org.carelearn.assignment.domain.Curriculum;
import org.carelearn.assignment.domain.DuePolicy;
import org.carelearn.assignment.domain.ManagerAuthority;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.assignment.domain.Recertification;
import org.carelearn.assignment.domain.Target;
import org.carelearn.assignment.domain.Waiver;
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

    @Inject
    private Event<AssignmentRuleCreated> created;

    @Inject
    private Event<AssignmentRuleEnded> ended;

    /** What the rule would do if created now; nothing is stored. */
    public RulePreview preview(Actor actor, RuleDefinition definition) {
        return previewOf(build(actor, definition, null));
    }

    /** What a manager's rule would do: limited to their line ({@link ManagerAuthority}); nothing is stored. */
    public RulePreview previewInLine(Actor actor, String managerEmployeeId, RuleDefinition definition) {
        return previewOf(build(actor, definition, requireManager(managerEmployeeId)));
    }

    /** An administrator's rule: it may target anyone in the hospital. */
    @Transactional
    public RuleCreated create(Actor actor, RuleDefinition definition) {
        return store(actor, build(actor, definition, null));
    }

    /** A manager's rule, limited to their own line ({@link ManagerAuthority}). */
    @Transactional
    public RuleCreated createInLine(Actor actor, String managerEmployeeId, RuleDefinition definition) {
        return store(actor, build(actor, definition, requireManager(managerEmployeeId)));
    }

    private RuleCreated store(Actor actor, AssignmentRule rule) {
        RulePreview preview = previewOf(rule);
        repository.add(rule);
        reassessment.reassess(actor, reached(rule).stream().map(Person::employeeId).toList());
        created.fire(new AssignmentRuleCreated(actor, rule.getId(), rule.describe() + "; reaches " + preview.reached()
                + (preview.reached() == 1 ? " person" : " people")));
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
        ended.fire(new AssignmentRuleEnded(actor, ruleId, rule.getName() + "; held " + held.size()
                + (held.size() == 1 ? " person" : " people")));
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

    /**
     * The active rules with what an administrator's list shows of each: what it assigns (by title), whom, by
     * when, and how many people it holds assignments for now.
     */
    public List<RuleSummary> activeRuleSummaries() {
        Map<Long, Long> reached = repository.peopleReachedByRule();
        Map<String, String> titles = catalog.courses().stream()
                .collect(Collectors.toMap(c -> c.courseIri(), c -> c.title(), (a, b) -> a));
        return repository.activeRules().stream().map(rule -> new RuleSummary(rule.getId(), rule.getName(),
                rule.getCurriculum() == null ? titles.getOrDefault(rule.getCourseIri(), rule.getCourseIri())
                        : "Curriculum: " + rule.getCurriculum().getName(),
                rule.getTarget().describe(), rule.getDue().describe(),
                rule.getRecertification() == null ? "" : rule.getRecertification().describe(),
                rule.getCreatedBy(), rule.getCreatedAt(), reached.getOrDefault(rule.getId(), 0L)))
                .toList();
    }

    /** A rule, active or ended. */
    public Optional<AssignmentRule> rule(long id) {
        return repository.rule(id);
    }

    /** The curricula a rule can assign, by name. */
    public List<Curriculum> curricula() {
        return repository.curricula();
    }

    private static String requireManager(String managerEmployeeId) {
        if (managerEmployeeId == null || managerEmployeeId.isBlank()) {
            throw new BusinessRuleException("Only a manager with a staff record can assign training to their line");
        }
        return managerEmployeeId.strip();
    }

    /** The rule as described; a manager's ({@code manager} not null) limited to their line. */
    private AssignmentRule build(Actor actor, RuleDefinition d, String manager) {
        if (d == null) {
            throw new BusinessRuleException("Describe the rule: what to assign, to whom and by when");
        }
        Target target = Target.of(d.targetKind(), d.targetEmployeeId(), d.targetDepartmentCode(),
                d.targetJobRoleCode());
        if (manager != null) {
            target = ManagerAuthority.limit(target, manager,
                    target.getEmployeeId() == null ? Optional.empty() : people.person(target.getEmployeeId()));
        }
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
     * Whom the rule reaches, who of them needs nothing new (every course of the rule completed, and within its
     * validity where it recertifies: the round after that completion has not opened), and who of the others is
     * exempt: each course of the rule they have not completed so is waived for them today.
     */
    private RulePreview previewOf(AssignmentRule rule) {
        List<Person> reached = reached(rule);
        List<String> ids = reached.stream().map(Person::employeeId).toList();
        List<Waiver> waivers = ids.isEmpty() ? List.of() : repository.waiversOf(ids);
        Map<String, Map<String, LocalDate>> completions = requirements.lastCompletions(ids, waivers);
        LocalDate today = time.today();
        Map<String, Set<String>> waived = waivers.stream().filter(w -> w.isActiveOn(today)).collect(
                Collectors.groupingBy(Waiver::getEmployeeId, Collectors.mapping(Waiver::getCourseIri,
                        Collectors.toSet())));
        int done = 0;
        int exempt = 0;
        for (Person person : reached) {
            Map<String, LocalDate> theirs = completions.getOrDefault(person.employeeId(), Map.of());
            List<String> toTake = rule.courses().stream().filter(course -> !theirs.containsKey(course)
                    || rule.getRecertification() != null
                            && rule.getRecertification().after(theirs.get(course)).isOpen(today)).toList();
            if (toTake.isEmpty()) {
                done++;
            } else if (waived.getOrDefault(person.employeeId(), Set.of()).containsAll(toTake)) {
                exempt++;
            }
        }
        return new RulePreview(reached.size(), done, exempt,
                reached.stream().limit(RulePreview.NAMES).map(Person::displayName).toList());
    }
}
