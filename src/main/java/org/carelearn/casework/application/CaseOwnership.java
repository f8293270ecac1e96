package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carelearn.casework.domain.CaseAccess;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseCompetencies;
import org.carelearn.casework.domain.CaseOwnerOverridden;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRecorded;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.OwnerFitness;
import org.carelearn.casework.domain.OwnerOverride;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;

/**
 * Choosing a case's owner: the candidates with their standing today in each competency the case needs (read
 * through the competency context), and giving the case to one of them. A grievance goes only to someone who holds
 * what every grievance's owner needs, unless a manager overrides with a reason; the override is announced
 * ({@link CaseOwnerOverridden}) for the audit trail and kept on the case.
 */
@ApplicationScoped
public class CaseOwnership {

    /** A candidate owner and their standing in each competency the case needs, in the order of those. */
    public record Candidate(String employeeId, String displayName, List<CompetencyLookup.Standing> standings,
            boolean fitForGrievance) implements Serializable {
    }

    /** The owner dialog: what the case needs and who could own it. */
    public record Choice(List<CompetencyLookup.Competency> needed, List<Candidate> candidates,
            boolean grievance, boolean mayOverride) implements Serializable {
    }

    @Inject
    private CaseGate gate;

    @Inject
    private CaseRepository cases;

    @Inject
    private CasePeople people;

    @Inject
    private CompetencyLookup competencies;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CaseRecorded> recorded;

    @Inject
    private Event<CaseOwnerOverridden> overridden;

    /**
     * The owner dialog for a case the person works: their team, the current owner and anyone else asked about,
     * each with their standing in what the case needs.
     */
    @Transactional
    public Choice choice(Actor actor, SignedInPerson person, String caseId, List<String> alsoAsked) {
        CaseRecord c = workable(actor, person, caseId);
        Set<String> ids = new LinkedHashSet<>();
        if (c.getOwnerEmployeeId() != null) {
            ids.add(c.getOwnerEmployeeId());
        }
        people.teamOf(person.employeeId()).forEach(p -> ids.add(p.employeeId()));
        alsoAsked.stream().map(CaseOwnership::normal).filter(id -> !id.isEmpty()).forEach(ids::add);
        CaseCompetencies links = new CaseCompetencies(cases.competencyLinks());
        Set<String> needed = links.neededBy(c.getKind(), c.getCategories());
        Set<String> forGrievance = links.forOwnerOfGrievance();
        Map<String, CompetencyLookup.Competency> known = new LinkedHashMap<>();
        competencies.competencies().forEach(k -> known.put(k.identifier(), k));
        List<CompetencyLookup.Competency> shown = needed.stream().filter(known::containsKey).map(known::get).toList();
        Map<String, CasePeople.Person> found = people.people(ids);
        Map<String, Map<String, CompetencyLookup.Standing>> standings = competencies.standings(found.keySet(), needed);
        List<Candidate> candidates = new ArrayList<>();
        for (CasePeople.Person p : found.values()) {
            if (!p.active()) {
                continue;
            }
            Map<String, CompetencyLookup.Standing> mine = standings.getOrDefault(p.employeeId(), Map.of());
            candidates.add(new Candidate(p.employeeId(), p.displayName(),
                    shown.stream().map(k -> mine.get(k.identifier())).filter(java.util.Objects::nonNull).toList(),
                    notHeld(forGrievance, mine, known).isEmpty()));
        }
        return new Choice(shown, candidates, c.getKind() == org.carelearn.casework.domain.CaseKind.GRIEVANCE,
                person.has(Role.MANAGER));
    }

    /**
     * Gives the case to an active member of staff; a grievance to someone not competent in what its owner needs
     * only with a manager's reason.
     *
     * @param overrideReason the manager's reason, or null
     * @return whether it took an override
     */
    @Transactional
    public boolean give(Actor actor, SignedInPerson person, String caseId, String ownerEmployeeId,
            String overrideReason) {
        String owner = normal(ownerEmployeeId);
        CasePeople.Person candidate = people.people(List.of(owner)).get(owner);
        if (candidate == null || !candidate.active()) {
            throw new BusinessRuleException("Choose an active member of staff as the owner");
        }
        CaseRecord c = workable(actor, person, caseId);
        Optional<OwnerOverride> override = c.giveTo(fitness(candidate), overrideReason, person.has(Role.MANAGER),
                time.now(), actor.username());
        recorded.fire(new CaseRecorded(actor, c.getPublicId(), false, "owner set to " + owner));
        override.ifPresent(o -> overridden.fire(new CaseOwnerOverridden(actor, c.getPublicId(), "Grievance given to "
                + owner + " by a manager's override; not competent in " + o.getNotHeld() + ". Reason: "
                + o.getReason())));
        return override.isPresent();
    }

    /** What the candidate holds of what every grievance's owner needs, today. */
    OwnerFitness fitness(CasePeople.Person candidate) {
        Set<String> forGrievance = new CaseCompetencies(cases.competencyLinks()).forOwnerOfGrievance();
        Map<String, CompetencyLookup.Competency> known = new LinkedHashMap<>();
        competencies.competencies().forEach(k -> known.put(k.identifier(), k));
        Map<String, CompetencyLookup.Standing> mine = competencies
                .standings(List.of(candidate.employeeId()), forGrievance)
                .getOrDefault(candidate.employeeId(), Map.of());
        return new OwnerFitness(candidate.employeeId(), candidate.displayName(), notHeld(forGrievance, mine, known));
    }

    /** The titles of the competencies of {@code wanted} that the standings do not show held (unknown ones skipped). */
    private static List<String> notHeld(Set<String> wanted, Map<String, CompetencyLookup.Standing> standings,
            Map<String, CompetencyLookup.Competency> known) {
        return wanted.stream().filter(known::containsKey)
                .filter(id -> standings.get(id) == null || !standings.get(id).holds())
                .map(id -> known.get(id).title()).toList();
    }

    private CaseRecord workable(Actor actor, SignedInPerson person, String caseId) {
        CaseGate.Opened opened = gate.open(actor, person, caseId)
                .orElseThrow(() -> new NotFoundException(CaseWork.NOT_FOUND));
        CaseRecord c = opened.caseRecord();
        if (opened.visibility() != Visibility.FULL || !CaseAccess.mayWork(opened.viewer(), c.getOwnerEmployeeId())) {
            throw new BusinessRuleException("Only patient relations and the case's owner work on a case");
        }
        return c;
    }

    private static String normal(String employeeId) {
        return employeeId == null ? "" : employeeId.strip().toUpperCase(Locale.ROOT);
    }
}
