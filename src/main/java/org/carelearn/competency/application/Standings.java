package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.carelearn.competency.domain.CompetencyRenewalDue;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.EvidenceRecord;
import org.carelearn.competency.domain.EvidenceRepository;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.RequiredLevels;
import org.carelearn.competency.domain.Standing;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.competency.domain.ValidationRenewalDue;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Writes the standings read model: for each person in active service and each competency of a published
 * framework, the standing {@link StandingRule} gives from their evidence, the level their place needs and today.
 * When a standing the person's job requires has just become expiring or expired and a course can renew it (it
 * is mapped to show at least the level needed), announces {@link CompetencyRenewalDue}; when no course can, an
 * observed validation is the way to renew it, and it announces {@link ValidationRenewalDue}.
 */
@ApplicationScoped
public class Standings {

    @Inject
    private Frameworks frameworks;

    @Inject
    private FrameworkRepository settings;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private StaffDirectory directory;

    @Inject
    private StandingStore store;

    @Inject
    private StandingPolicy policy;

    @Inject
    private Event<CompetencyRenewalDue> renewals;

    @Inject
    private Event<ValidationRenewalDue> validationRenewals;

    @Inject
    private org.carelearn.platform.time.HospitalTime time;

    /** Writes the rows of these people again, in the caller's transaction (or one of its own). */
    @Transactional
    public void refresh(Collection<String> employeeIds) {
        refresh(employeeIds, time.today());
    }

    /** The same, in a transaction of its own: for work after a commit, a group at a time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshAlone(Collection<String> employeeIds) {
        refresh(employeeIds, time.today());
    }

    private void refresh(Collection<String> employeeIds, LocalDate today) {
        if (employeeIds.isEmpty()) {
            return;
        }
        List<CompetencyEntry> competencies = frameworks.competencies();
        List<CompetencyRequirement> requirements = settings.requirements();
        // the courses that renew each competency, best first (as mappingsOfCompetency orders them), read once
        // before the evidence: a query per renewal made EclipseLink compare every piece of evidence the
        // transaction holds before each one, two thirds of a rebuild's time (CompetencyBench, README "Benchmarks")
        Map<String, List<CourseMapping>> renewing = settings.mappings().stream()
                .sorted(Comparator.comparingInt(CourseMapping::getLevelShown).reversed()
                        .thenComparing(CourseMapping::getCourseIri))
                .collect(Collectors.groupingBy(CourseMapping::getCompetencyIdentifier));
        Map<String, StaffContact> people = directory.contacts(employeeIds);
        Map<String, Map<String, List<Evidence>>> shown = evidence.evidenceOf(people.keySet()).stream()
                .collect(Collectors.groupingBy(EvidenceRecord::getEmployeeId, Collectors.groupingBy(
                        EvidenceRecord::getCompetencyIdentifier,
                        Collectors.mapping(EvidenceRecord::evidence, Collectors.toList()))));
        Map<String, Map<String, CompetencyStatus>> before = store.statusesOf(employeeIds);
        StandingRule rule = policy.rule();
        List<StandingRow> rows = new ArrayList<>();
        Map<String, List<String>> managers = new HashMap<>();
        List<CompetencyRenewalDue> due = new ArrayList<>();
        List<ValidationRenewalDue> byValidation = new ArrayList<>();
        for (StaffContact person : people.values()) {
            if (!person.person().active()) {
                continue;
            }
            String id = person.placement().employeeId();
            managers.put(id, person.placement().managerChain());
            RequiredLevels levels = RequiredLevels.of(person.placement().jobRoleCode(),
                    person.placement().departmentCode(), requirements);
            for (CompetencyEntry competency : competencies) {
                var need = levels.needOf(competency.identifier());
                Standing standing = rule.standing(shown.getOrDefault(id, Map.of())
                        .getOrDefault(competency.identifier(), List.of()), need, today);
                boolean required = levels.requires(competency.identifier());
                rows.add(new StandingRow(id, competency.identifier(), person.person().sortName(),
                        person.placement().departmentCode(), person.placement().jobRoleCode(), standing.status(),
                        standing.levelShown(), standing.levelNeeded(), required, standing.lapsesOn(), today));
                CompetencyStatus was = before.getOrDefault(id, Map.of()).get(competency.identifier());
                if (required && was != standing.status() && (standing.status() == CompetencyStatus.EXPIRING
                        || standing.status() == CompetencyStatus.EXPIRED)) {
                    Optional<CompetencyRenewalDue> byCourse = renewal(id, competency, standing, need.monthsCurrent(),
                            rule, renewing.getOrDefault(competency.identifier(), List.of()));
                    byCourse.ifPresentOrElse(due::add, () -> byValidation.add(new ValidationRenewalDue(id,
                            competency.identifier(), competency.title(), standing.status(), standing.lapsesOn())));
                }
            }
        }
        List<String> everyone = new ArrayList<>(employeeIds);
        people.keySet().stream().filter(k -> !employeeIds.contains(k)).forEach(everyone::add);
        store.replace(everyone, rows, managers);
        due.forEach(renewals::fire);
        byValidation.forEach(validationRenewals::fire);
    }

    private Optional<CompetencyRenewalDue> renewal(String employeeId, CompetencyEntry competency,
            Standing standing, int monthsCurrent, StandingRule rule, List<CourseMapping> mappings) {
        return mappings.stream()
                .filter(m -> m.getLevelShown() >= standing.levelNeeded()).map(CourseMapping::getCourseIri)
                .findFirst().map(course -> new CompetencyRenewalDue(employeeId, competency.identifier(),
                        competency.title(), standing.status(), standing.lapsesOn(), course, monthsCurrent,
                        Math.max(1, rule.expiringDays())));
    }
}
