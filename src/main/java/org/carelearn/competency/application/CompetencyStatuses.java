package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.RequiredLevels;
import org.carelearn.competency.domain.Standing;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Where a few people stand today with a few competencies, decided now by {@link StandingRule} from their
 * evidence (as the profile is, not from the read model, which may be a moment behind a validation just
 * attested): for other contexts that must know whether someone is competent before they let them do something,
 * such as casework choosing a grievance's owner. Says nothing about who may see it; the caller decides that.
 */
@ApplicationScoped
public class CompetencyStatuses {

    /** A competency of a published framework, by its identifier. */
    public record Named(String identifier, String code, String title, String frameworkTitle) implements Serializable {
    }

    /**
     * One person's standing with one competency.
     *
     * @param holds whether they hold the level their job needs today (competent or expiring)
     */
    public record Held(String competencyIdentifier, String title, String statusLabel, boolean holds,
            Integer levelShown, int levelNeeded) implements Serializable {
    }

    @Inject
    private Frameworks frameworks;

    @Inject
    private FrameworkRepository settings;

    @Inject
    private ShownEvidence shownEvidence;

    @Inject
    private StaffDirectory directory;

    @Inject
    private StandingPolicy policy;

    @Inject
    private HospitalTime time;

    /** Every competency of the published frameworks, in their order. */
    public List<Named> competencies() {
        return frameworks.competencies().stream().map(c -> new Named(c.identifier(), c.competency().code(),
                c.title(), c.frameworkTitle())).toList();
    }

    /**
     * For each of these people who exists, their standing with each of these competencies that a published
     * framework holds (unknown ones are left out), in the order asked.
     */
    public Map<String, Map<String, Held>> of(Collection<String> employeeIds, Collection<String> competencyIdentifiers) {
        Map<String, CompetencyEntry> known = frameworks.competencies().stream()
                .collect(Collectors.toMap(CompetencyEntry::identifier, c -> c, (a, b) -> a));
        Map<String, Map<String, Held>> result = new LinkedHashMap<>();
        if (employeeIds.isEmpty()) {
            return result;
        }
        Map<String, StaffContact> people = directory.contacts(employeeIds);
        List<CompetencyRequirement> requirements = settings.requirements();
        Map<String, Map<String, List<Evidence>>> shown = shownEvidence.of(people.keySet());
        StandingRule rule = policy.rule();
        LocalDate today = time.today();
        for (String asked : employeeIds) {
            StaffContact person = people.get(asked);
            if (person == null) {
                continue;
            }
            String id = person.placement().employeeId();
            RequiredLevels levels = RequiredLevels.of(person.placement().jobRoleCode(),
                    person.placement().departmentCode(), requirements);
            Map<String, Held> mine = new LinkedHashMap<>();
            for (String competencyIdentifier : competencyIdentifiers) {
                CompetencyEntry competency = known.get(competencyIdentifier);
                if (competency == null) {
                    continue;
                }
                Standing standing = rule.standing(shown.getOrDefault(id, new HashMap<>())
                        .getOrDefault(competencyIdentifier, List.of()), levels.needOf(competencyIdentifier), today);
                mine.put(competencyIdentifier, new Held(competencyIdentifier, competency.title(),
                        standing.status().getLabel(), standing.status().holds(), standing.levelShown(),
                        standing.levelNeeded()));
            }
            result.put(asked, mine);
        }
        return result;
    }
}
