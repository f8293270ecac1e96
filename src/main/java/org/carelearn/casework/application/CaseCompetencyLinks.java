package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carelearn.casework.domain.CaseCategory;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.CompetencyLink;
import org.carelearn.casework.domain.CompetencyLinksChanged;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;

/**
 * Which competencies each category of case needs, and which every grievance's owner must hold: kept in the
 * database, set by an administrator or a patient relations manager. A link to a competency no published framework
 * holds any longer is shown as such and may be removed; it asks nothing of anyone meanwhile.
 */
@ApplicationScoped
public class CaseCompetencyLinks {

    /** What a link applies to, for the page: a category's code and name, or every grievance. */
    public record Target(String code, String name) implements Serializable {
    }

    /** One link as the page shows it. */
    public record Link(String appliesTo, String appliesToName, String competencyIdentifier, String competencyTitle,
            boolean known) implements Serializable {
    }

    @Inject
    private CaseRepository cases;

    @Inject
    private CompetencyLookup competencies;

    @Inject
    private Event<CompetencyLinksChanged> changed;

    /** Administrators, and patient relations staff who are managers. */
    public static boolean mayConfigure(SignedInPerson person) {
        return person != null && (person.has(Role.ADMIN)
                || person.has(Role.PATIENT_RELATIONS) && person.has(Role.MANAGER));
    }

    /** "Any grievance" first, then the categories in the taxonomy's order (retired ones too: cases keep them). */
    public List<Target> targets() {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put(CompetencyLink.ANY_GRIEVANCE, new Target(CompetencyLink.ANY_GRIEVANCE,
                "Any grievance (its owner must hold these)"));
        for (CaseCategory c : cases.categories()) {
            targets.put(c.getCode(), new Target(c.getCode(), c.getName() + (c.isActive() ? "" : " (retired)")));
        }
        return List.copyOf(targets.values());
    }

    public List<CompetencyLookup.Competency> competencies() {
        return competencies.competencies();
    }

    public List<Link> links() {
        Map<String, String> targetNames = new LinkedHashMap<>();
        targets().forEach(t -> targetNames.put(t.code(), t.name()));
        Map<String, String> titles = new LinkedHashMap<>();
        competencies.competencies().forEach(k -> titles.put(k.identifier(), k.code() + " " + k.title()));
        return cases.competencyLinks().stream().map(l -> new Link(l.getAppliesTo(),
                targetNames.getOrDefault(l.getAppliesTo(), l.getAppliesTo()), l.getCompetencyIdentifier(),
                titles.getOrDefault(l.getCompetencyIdentifier(), "Unknown competency " + l.getCompetencyIdentifier()),
                titles.containsKey(l.getCompetencyIdentifier()))).toList();
    }

    @Transactional
    public void add(Actor actor, SignedInPerson person, String appliesTo, String competencyIdentifier) {
        requireConfigurer(person);
        String target = appliesTo == null ? "" : appliesTo.strip().toUpperCase(Locale.ROOT);
        Target found = targets().stream().filter(t -> t.code().equals(target)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Choose a category, or any grievance"));
        String competency = competencyIdentifier == null ? "" : competencyIdentifier.strip().toLowerCase(Locale.ROOT);
        CompetencyLookup.Competency known = competencies.competencies().stream()
                .filter(k -> k.identifier().equals(competency)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Choose a competency of a published framework"));
        if (cases.competencyLinks().stream().anyMatch(l -> l.getAppliesTo().equals(target)
                && l.getCompetencyIdentifier().equals(competency))) {
            throw new BusinessRuleException(found.name() + " already needs " + known.title());
        }
        cases.add(new CompetencyLink(target, competency));
        changed.fire(new CompetencyLinksChanged(actor, target + " now needs " + known.code() + " " + known.title()));
    }

    @Transactional
    public void remove(Actor actor, SignedInPerson person, String appliesTo, String competencyIdentifier) {
        requireConfigurer(person);
        CompetencyLink link = cases.competencyLinks().stream()
                .filter(l -> l.getAppliesTo().equals(appliesTo) && l.getCompetencyIdentifier().equals(competencyIdentifier))
                .findFirst().orElseThrow(() -> new BusinessRuleException("There is no such link; it may have been"
                        + " removed already"));
        cases.remove(link);
        changed.fire(new CompetencyLinksChanged(actor, appliesTo + " no longer needs competency "
                + competencyIdentifier));
    }

    private static void requireConfigurer(SignedInPerson person) {
        if (!mayConfigure(person)) {
            throw new BusinessRuleException("Only an administrator or a patient relations manager sets which"
                    + " competencies cases need");
        }
    }
}
