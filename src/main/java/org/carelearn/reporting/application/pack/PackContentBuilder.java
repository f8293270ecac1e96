package org.carelearn.reporting.application.pack;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.Standing;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.learning.application.IssuedCertificate;
import org.carelearn.reporting.application.PersonFacts;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.application.ReportEvidence;
import org.carelearn.reporting.application.ReportNeed;
import org.carelearn.reporting.application.ReportPerson;

/**
 * Puts one person's facts together as a surveyor reads them: each competency the job requires with its standing on
 * the pack's day (competency's {@link StandingRule}, the one rule), the evidence it rests on and who validated it;
 * each required course with its last completion and that completion's certificate. Holds no database, so a plain
 * unit test checks what a pack says.
 */
public final class PackContentBuilder {

    private final StandingRule rule;
    private final LocalDate on;
    private final ZoneId zone;
    private final Map<String, ReportCompetency> competencies = new HashMap<>();
    private final Map<String, String> courseTitles;

    /**
     * @param competencies the frameworks' competencies in their order (what a need names)
     * @param courseTitles course IRI to title (a course missing falls back on its certificate's title, then its IRI)
     */
    public PackContentBuilder(StandingRule rule, LocalDate on, ZoneId zone, List<ReportCompetency> competencies,
            Map<String, String> courseTitles) {
        this.rule = rule;
        this.on = on;
        this.zone = zone;
        competencies.forEach(c -> this.competencies.put(c.identifier(), c));
        this.courseTitles = courseTitles;
    }

    /**
     * @param names employee id to name, for the people who gave the person's evidence
     */
    public PackPerson person(PersonFacts facts, List<Requirement> requirements, List<IssuedCertificate> certificates,
            Map<String, String> names) {
        ReportPerson p = facts.person();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        for (ReportEvidence e : facts.evidence()) {
            evidence.computeIfAbsent(e.competencyIdentifier(), k -> new ArrayList<>()).add(e.evidence());
        }
        List<ReportNeed> needs = new ArrayList<>(facts.needs());
        needs.sort(Comparator.comparingInt(n -> position(n.competencyIdentifier())));
        List<PackCompetency> shown = new ArrayList<>();
        for (ReportNeed need : needs) {
            ReportCompetency competency = competencies.get(need.competencyIdentifier());
            Standing standing = rule.standing(evidence.getOrDefault(need.competencyIdentifier(), List.of()),
                    new CompetencyNeed(need.levelNeeded(), need.monthsCurrent()), on);
            Evidence basis = standing.basis();
            shown.add(new PackCompetency(competency == null ? null : competency.code(),
                    competency == null ? need.competencyIdentifier() : competency.title(), standing.status(),
                    standing.levelShown(), standing.levelNeeded(), basis == null ? null : basis.givenOn(),
                    standing.lapsesOn(), basis == null ? null : basis.kind().getLabel(), validator(basis, names)));
        }
        List<PackTraining> training = new ArrayList<>();
        for (Requirement r : requirements) {
            IssuedCertificate certificate = certificateOf(r, certificates);
            String title = courseTitles.getOrDefault(r.courseIri(), certificate == null ? r.courseIri()
                    : certificate.courseTitle());
            training.add(new PackTraining(title, r.state().getLabel(), r.isCompleted(), r.dueOn(),
                    r.lastCompletedOn(), certificate == null ? null : certificate.code()));
        }
        return new PackPerson(p.employeeId(), p.displayName(), p.sortName(), p.departmentName(), p.jobRoleTitle(),
                shown, training);
    }

    private int position(String competencyIdentifier) {
        ReportCompetency c = competencies.get(competencyIdentifier);
        return c == null ? Integer.MAX_VALUE : c.position();
    }

    /** The validator (or attesting manager) by name; a course or the person themselves validates nothing. */
    private static String validator(Evidence basis, Map<String, String> names) {
        if (basis == null || basis.kind() != EvidenceKind.OBSERVED_VALIDATION
                && basis.kind() != EvidenceKind.PRIOR_LEARNING) {
            return null;
        }
        return names.getOrDefault(basis.givenBy(), basis.givenBy());
    }

    /** The certificate of the completion the requirement counts (the last one), or the latest for that course. */
    private IssuedCertificate certificateOf(Requirement r, List<IssuedCertificate> certificates) {
        if (r.lastCompletedOn() == null) {
            return null;
        }
        IssuedCertificate latest = null;
        for (IssuedCertificate c : certificates) {
            if (!c.courseIri().equals(r.courseIri())) {
                continue;
            }
            if (LocalDate.ofInstant(c.completedAt(), zone).equals(r.lastCompletedOn())) {
                return c;
            }
            if (latest == null || c.completedAt().isAfter(latest.completedAt())) {
                latest = c;
            }
        }
        return latest;
    }

    /** The day the standings are decided on. */
    public LocalDate on() {
        return on;
    }
}
