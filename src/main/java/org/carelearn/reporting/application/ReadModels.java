package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.CompetencyFacts;
import org.carelearn.competency.application.EvidenceFact;
import org.carelearn.competency.application.PersonCompetencyFacts;
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
            rows.add(new PersonFacts(person, needs, evidence));
        }
        List<String> everyone = new ArrayList<>(employeeIds);
        found.keySet().stream().filter(id -> !employeeIds.contains(id)).forEach(everyone::add);
        store.replace(everyone, rows);
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

    public boolean isEmpty() {
        return store.isEmpty();
    }

    private static ReportEvidence evidence(String employeeId, EvidenceFact fact) {
        var e = fact.evidence();
        return new ReportEvidence(fact.evidenceId(), employeeId, fact.competencyIdentifier(), e.kind(), e.level(),
                e.givenOn(), e.givenBy(), e.frameworkVersion());
    }
}
