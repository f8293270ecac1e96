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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.competency.domain.CompetencyRenewalDue;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.RequiredLevels;
import org.carelearn.competency.domain.Standing;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.competency.domain.ValidationRenewalDue;
import org.carelearn.platform.time.HospitalTime;
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
    private ShownEvidence evidence;

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
    private HospitalTime time;

    /**
     * What every standing is computed against, as it is now (see {@link Basis}), in a transaction of its own:
     * background writers ask for it after the commit of what changed, when that transaction is no longer active.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Basis basis() {
        return readBasis();
    }

    private Basis readBasis() {
        // the courses that renew each competency, best first (as mappingsOfCompetency orders them)
        Map<String, List<CourseMapping>> renewing = settings.mappings().stream()
                .sorted(Comparator.comparingInt(CourseMapping::getLevelShown).reversed()
                        .thenComparing(CourseMapping::getCourseIri))
                .collect(Collectors.groupingBy(CourseMapping::getCompetencyIdentifier));
        return new Basis(frameworks.competencies(), settings.requirements(), renewing, policy.rule());
    }

    /** Writes the rows of these people again, in the caller's transaction (or one of its own). */
    @Transactional
    public void refresh(Collection<String> employeeIds) {
        refresh(employeeIds, readBasis(), time.today());
    }

    /** The same, in a transaction of its own: for work after a commit, a group at a time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshAlone(Collection<String> employeeIds, Basis basis) {
        refresh(employeeIds, basis, time.today());
    }

    private void refresh(Collection<String> employeeIds, Basis basis, LocalDate today) {
        if (employeeIds.isEmpty()) {
            return;
        }
        Map<String, StaffContact> people = directory.contacts(employeeIds);
        Set<String> everyone = new LinkedHashSet<>(employeeIds);
        everyone.addAll(people.keySet());
        List<String> active = people.values().stream().filter(p -> p.person().active())
                .map(p -> p.placement().employeeId()).toList();
        Map<String, Map<String, List<Evidence>>> shown = evidence.of(active);
        HeldStandings held = store.held(everyone);
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
                    person.placement().departmentCode(), basis.requirements());
            for (CompetencyEntry competency : basis.competencies()) {
                var need = levels.needOf(competency.identifier());
                Standing standing = basis.rule().standing(shown.getOrDefault(id, Map.of())
                        .getOrDefault(competency.identifier(), List.of()), need, today);
                boolean required = levels.requires(competency.identifier());
                rows.add(new StandingRow(id, competency.identifier(), person.person().sortName(),
                        person.placement().departmentCode(), person.placement().jobRoleCode(), standing.status(),
                        standing.levelShown(), standing.levelNeeded(), required, standing.lapsesOn(), today));
                CompetencyStatus was = held.status(id, competency.identifier());
                if (required && was != standing.status() && (standing.status() == CompetencyStatus.EXPIRING
                        || standing.status() == CompetencyStatus.EXPIRED)) {
                    renewal(id, competency, standing, need.monthsCurrent(), basis).ifPresentOrElse(due::add,
                            () -> byValidation.add(new ValidationRenewalDue(id, competency.identifier(),
                                    competency.title(), standing.status(), standing.lapsesOn())));
                }
            }
        }
        store.write(everyone, held, rows, managers);
        due.forEach(renewals::fire);
        byValidation.forEach(validationRenewals::fire);
    }

    private static Optional<CompetencyRenewalDue> renewal(String employeeId, CompetencyEntry competency,
            Standing standing, int monthsCurrent, Basis basis) {
        return basis.renewing().getOrDefault(competency.identifier(), List.of()).stream()
                .filter(m -> m.getLevelShown() >= standing.levelNeeded()).map(CourseMapping::getCourseIri)
                .findFirst().map(course -> new CompetencyRenewalDue(employeeId, competency.identifier(),
                        competency.title(), standing.status(), standing.lapsesOn(), course, monthsCurrent,
                        Math.max(1, basis.rule().expiringDays())));
    }

    /**
     * What standings are computed against: every competency of the published frameworks, the requirements, the
     * courses that renew each competency (best first) and the status rule.
     */
    public record Basis(List<CompetencyEntry> competencies, List<CompetencyRequirement> requirements,
            Map<String, List<CourseMapping>> renewing, StandingRule rule) {
    }
}
