package org.carelearn.reporting.application.pack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.competency.application.StandingPolicy;
import org.carelearn.learning.application.Certificates;
import org.carelearn.learning.application.IssuedCertificate;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.application.CoverageStore;
import org.carelearn.reporting.application.PersonFacts;
import org.carelearn.reporting.application.ReportEvidence;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Where a pack's facts come from, never another context's tables: the people, what their jobs require and their
 * evidence from reporting's own read model; the courses required of them from assignment's {@link Requirements};
 * their certificates from learning's {@link Certificates}; course titles from the catalog; the names of the
 * validators from staff's directory.
 */
@ApplicationScoped
public class PackSources {

    @Inject
    private PackStore store;

    @Inject
    private CoverageStore coverage;

    @Inject
    private Requirements requirements;

    @Inject
    private Certificates certificates;

    @Inject
    private Catalog catalog;

    @Inject
    private StaffDirectory directory;

    @Inject
    private StandingPolicy policy;

    @Inject
    private HospitalTime time;

    /** What every person of a pack is put together with: today, the competencies, the course titles. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PackContentBuilder builder() {
        Map<String, String> titles = new HashMap<>();
        for (CourseSummary course : catalog.courses()) {
            titles.put(course.courseIri(), course.title());
        }
        return new PackContentBuilder(policy.rule(), time.today(), time.getZone(), coverage.competencies(), titles);
    }

    /** Some of the pack's people, put together, in the order given, in a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<PackPerson> people(List<String> employeeIds, PackContentBuilder builder) {
        List<PersonFacts> facts = store.facts(employeeIds);
        Map<String, List<Requirement>> required = requirements.of(employeeIds);
        Map<String, List<IssuedCertificate>> issued = new HashMap<>();
        certificates.issuedTo(employeeIds).forEach(c -> issued.computeIfAbsent(c.employeeId(),
                k -> new ArrayList<>()).add(c));
        Set<String> givers = new HashSet<>();
        facts.forEach(f -> f.evidence().stream().map(ReportEvidence::givenBy).forEach(givers::add));
        givers.remove(Actor.SYSTEM_NAME);
        Map<String, String> names = new HashMap<>();
        names.put(Actor.SYSTEM_NAME, "CareLearn");
        for (StaffContact contact : directory.contacts(givers).values()) {
            names.put(contact.person().employeeId(), contact.person().displayName());
        }
        List<PackPerson> people = new ArrayList<>();
        for (PersonFacts person : facts) {
            String id = person.person().employeeId();
            people.add(builder.person(person, required.getOrDefault(id, List.of()), issued.getOrDefault(id,
                    List.of()), names));
        }
        return people;
    }
}
