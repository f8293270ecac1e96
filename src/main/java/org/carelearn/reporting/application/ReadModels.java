package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.CompetencyFacts;
import org.carelearn.competency.application.EvidenceFact;
import org.carelearn.competency.application.PersonCompetencyFacts;
import org.carelearn.competency.application.StandingPolicy;
import org.carelearn.competency.domain.StandingRule;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPlacement;

/**
 * Writes reporting's coverage read model from the source contexts' application services (staff's directory and
 * competency's facts), never from their tables: a group of people at a time, or the list of competencies.
 */
@ApplicationScoped
public class ReadModels {

    @Inject
    private StaffDirectory directory;

    @Inject
    private CompetencyFacts competency;

    @Inject
    private CoverageStore store;

    @Inject
    private StandingPolicy policy;

    @Inject
    private HospitalTime time;

    /** Writes these people's rows again in a transaction of its own: someone not in active service has none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshAlone(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return;
        }
        Map<String, StaffContact> found = directory.contacts(employeeIds);
        List<StaffPlacement> active = found.values().stream().filter(c -> c.person().active())
                .map(StaffContact::placement).toList();
        Map<String, PersonCompetencyFacts> facts = competency.of(active);
        List<PersonFacts> rows = new ArrayList<>();
        StandingRule rule = policy.rule();
        LocalDate today = time.today();
        List<ReportStanding> standings = new ArrayList<>();
        for (StaffPlacement placement : active) {
            StaffContact contact = found.get(placement.employeeId());
            PersonCompetencyFacts mine = facts.get(placement.employeeId());
            ReportPerson person = new ReportPerson(placement.employeeId(), contact.person().displayName(),
                    contact.person().sortName(), placement.departmentCode(), contact.person().departmentName(),
                    placement.jobRoleCode(), contact.person().jobRoleTitle());
            List<ReportNeed> needs = mine.required().stream().map(r -> new ReportNeed(placement.employeeId(),
                    r.competencyIdentifier(), r.level(), r.monthsCurrent())).toList();
            List<ReportEvidence> evidence = mine.evidence().stream().map(e -> evidence(placement.employeeId(), e))
                    .toList();
            PersonFacts written = new PersonFacts(person, needs, evidence);
            rows.add(written);
            standings.addAll(CoverageStandings.of(written, rule, today));
        }
        List<String> everyone = new ArrayList<>(employeeIds);
        found.keySet().stream().filter(id -> !employeeIds.contains(id)).forEach(everyone::add);
        store.replace(everyone, rows, standings);
    }

    /**
     * Decides these people's standings again on the day from what reporting holds of them (the day's roll: time
     * alone moved them), in a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void restateAlone(Collection<String> employeeIds, LocalDate on) {
        StandingRule rule = policy.rule();
        List<ReportStanding> standings = new ArrayList<>();
        for (PersonFacts person : store.facts(employeeIds)) {
            standings.addAll(CoverageStandings.of(person, rule, on));
        }
        store.restate(employeeIds, standings);
    }

    /** The people whose standing time alone may have moved by the day. */
    public List<String> changingBy(LocalDate day) {
        return store.changingBy(day);
    }

    /** The day the aggregate ({@link CoverageStore#COVERAGE}, {@link CoverageStore#COMPLIANCE}) was last brought up to; empty when never built. */
    public Optional<LocalDate> asOf(String aggregate) {
        return store.asOf(aggregate);
    }

    /** Counts the coverage aggregate again from the standings. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recount() {
        store.recount();
    }

    /** Marks the aggregate brought up to the day. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void broughtUpTo(String aggregate, LocalDate on) {
        store.asOf(aggregate, on);
    }

    /** Writes the list of competencies again (a framework was published), in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refreshCompetencies() {
        List<CompetencyEntry> entries = competency.competencies();
        List<ReportCompetency> competencies = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CompetencyEntry entry = entries.get(i);
            competencies.add(new ReportCompetency(entry.identifier(), entry.competency().code(), entry.title(),
                    entry.frameworkTitle(), i));
        }
        store.replaceCompetencies(competencies);
        return competencies.size();
    }

    /** Everyone in active service now, and everyone the read model still holds: whom a rebuild writes. */
    public List<String> everyoneToWrite() {
        List<String> everyone = new ArrayList<>(directory.activePlacements().stream()
                .map(StaffPlacement::employeeId).toList());
        java.util.Set<String> seen = new java.util.HashSet<>(everyone);
        store.employeeIds().stream().filter(seen::add).forEach(everyone::add);
        return everyone;
    }

    /** Whether the read models were never built (or, from before V029, without their aggregates). */
    public boolean isEmpty() {
        return store.isEmpty() || store.asOf(CoverageStore.COMPLIANCE).isEmpty();
    }

    private static ReportEvidence evidence(String employeeId, EvidenceFact fact) {
        var e = fact.evidence();
        return new ReportEvidence(fact.evidenceId(), employeeId, fact.competencyIdentifier(), e.kind(), e.level(),
                e.givenOn(), e.givenBy(), e.frameworkVersion());
    }
}
