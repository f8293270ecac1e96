package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.RequiredLevels;
import org.carelearn.competency.domain.Standing;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;

/**
 * A person's competency profile, decided now from their evidence by {@link StandingRule} (not from the read
 * model, which the grid uses): each competency of every published framework, the ones their job requires first.
 * Whether the caller may see it is {@link CompetencyAuthority}'s to say, before asking here.
 */
@ApplicationScoped
public class CompetencyProfiles {

    @Inject
    private Frameworks frameworks;

    @Inject
    private FrameworkRepository settings;

    @Inject
    private ProfileEvidence evidence;

    @Inject
    private StaffDirectory directory;

    @Inject
    private EvidenceDescriptions descriptions;

    @Inject
    private StandingPolicy policy;

    @Inject
    private HospitalTime time;

    /** The person's profile today; empty when there is no such person. */
    public Optional<Profile> profileOf(String employeeId) {
        Map<String, StaffContact> found = directory.contacts(List.of(employeeId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffContact person = found.values().iterator().next();
        String id = person.placement().employeeId();
        LocalDate today = time.today();
        StandingRule rule = policy.rule();
        RequiredLevels levels = RequiredLevels.of(person.placement().jobRoleCode(),
                person.placement().departmentCode(), settings.requirements());
        Map<String, List<EvidencePiece>> records = evidence.of(id).stream()
                .collect(Collectors.groupingBy(EvidencePiece::competencyIdentifier));
        EvidenceDescriptions.Words words = descriptions.words();
        List<ProfileLine> lines = new ArrayList<>();
        for (CompetencyEntry competency : frameworks.competencies()) {
            List<EvidencePiece> mine = records.getOrDefault(competency.identifier(), List.of());
            CompetencyNeed need = levels.needOf(competency.identifier());
            List<Evidence> values = mine.stream().map(EvidencePiece::evidence).toList();
            Standing standing = rule.standing(values, need, today);
            List<EvidenceView> shown = mine.stream().map(e -> descriptions.view(e, competency, words)).toList();
            lines.add(new ProfileLine(competency.identifier(), competency.competency().code(), competency.title(),
                    competency.competency().statement(), competency.frameworkTitle(),
                    levels.requires(competency.identifier()), need.level(), competency.levelLabel(need.level()),
                    standing.levelShown(), competency.levelLabel(standing.levelShown()), standing.status(),
                    standing.currentUntil(), standing.lapsesOn(), descriptions.nextStep(competency, standing, words),
                    shown));
        }
        lines.sort((a, b) -> Boolean.compare(b.required(), a.required()));
        return Optional.of(new Profile(id, person.person().displayName(), person.person().jobRoleTitle(),
                person.person().departmentName(), today, lines));
    }
}
