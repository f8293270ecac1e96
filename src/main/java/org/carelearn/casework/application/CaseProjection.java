package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carelearn.casework.domain.CaseAccess;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseCategory;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.GrievanceClock;
import org.carelearn.casework.domain.WrittenResponse;

/**
 * Turns cases into what a person may see of them: decides the visibility of each (with the managers above the
 * people it names, read in one go) and writes the lines and details, never the patient in a line.
 */
@ApplicationScoped
public class CaseProjection {

    @Inject
    private CasePeople people;

    @Inject
    private CaseRepository cases;

    /** The people the cases name (owners and staff involved), with their lines of managers. */
    public Map<String, CasePeople.Person> peopleOf(Collection<CaseRecord> records) {
        Set<String> ids = new HashSet<>();
        for (CaseRecord c : records) {
            if (c.getOwnerEmployeeId() != null) {
                ids.add(c.getOwnerEmployeeId());
            }
            ids.addAll(c.getStaffInvolved());
        }
        return people.people(ids);
    }

    public Visibility visibility(CaseAccess.Viewer viewer, CaseRecord c, Map<String, CasePeople.Person> named) {
        Set<String> above = new HashSet<>();
        if (c.getOwnerEmployeeId() != null && named.containsKey(c.getOwnerEmployeeId())) {
            above.addAll(named.get(c.getOwnerEmployeeId()).managerChain());
        }
        for (String id : c.getStaffInvolved()) {
            if (named.containsKey(id)) {
                above.addAll(named.get(id).managerChain());
            }
        }
        return CaseAccess.of(viewer, c.getOwnerEmployeeId(), c.getStaffInvolved(), above);
    }

    public Map<String, String> categoryNames() {
        return cases.categories().stream().collect(Collectors.toMap(CaseCategory::getCode, CaseCategory::getName));
    }

    public CaseLine line(CaseRecord c, boolean named, LocalDate today, Map<String, CasePeople.Person> people,
            Map<String, String> departments, Map<String, String> categories) {
        GrievanceClock clock = c.clock().orElse(null);
        String owner = c.getOwnerEmployeeId();
        String ownerName = owner == null ? null
                : people.containsKey(owner) ? people.get(owner).displayName() : owner;
        List<String> categoryNames = named ? List.of()
                : c.getCategories().stream().map(code -> categories.getOrDefault(code, code)).sorted().toList();
        return new CaseLine(c.getPublicId(), c.getExternalNumber(), c.getKind().getLabel(), c.getReceivedOn(),
                c.getDepartmentCode(), departments.getOrDefault(c.getDepartmentCode(), c.getDepartmentCode()),
                categoryNames, named ? null : c.getSeverity().getLabel(), c.getStatus().getLabel(),
                c.getStatus().isOpen(), named ? null : owner, named ? null : ownerName,
                clock == null ? null : clock.stateOn(today).name(),
                clock == null ? null : clock.stateOn(today).getStyleClass(),
                clock == null ? null : clock.describe(today), outcome(c), named);
    }

    public CaseDetails details(CaseRecord c, boolean mayWork, LocalDate today, Map<String, CasePeople.Person> people,
            Map<String, String> departments) {
        Function<String, String> name = id -> people.containsKey(id) ? people.get(id).displayName() : id;
        WrittenResponse r = c.getResponse();
        return new CaseDetails(line(c, false, today, people, departments, categoryNames()), c.getChannel().getLabel(),
                c.getRaisedBy().getLabel(), c.getPatient().getIdentifier(), c.getPatient().getInitials(),
                c.getStage().getLabel(), c.getSummary(),
                c.getStaffInvolved().stream().map(id -> new CaseDetails.Named(id, name.apply(id))).toList(),
                c.getHistory().stream().map(h -> new CaseDetails.Step(h.getStatus().getLabel(), h.getAt(), h.getBy(),
                        h.getNote())).toList(),
                c.getEntries().stream().map(e -> new CaseDetails.Entry(e.getKind().getLabel(), e.getAt(), e.getBy(),
                        e.getText())).toList(),
                c.getNotices().stream().map(n -> new CaseDetails.Notice(n.getSentOn(), n.getNewDueOn(),
                        n.getRecordedBy())).toList(),
                r == null || r.getResults() == null ? null : new CaseDetails.Response(r.getContactPerson(),
                        r.getStepsTaken(), r.getResults(), r.getCompletedOn()),
                c.getResolution(), c.clock().map(GrievanceClock::dueOn).orElse(null),
                c.getOverrides().stream().map(o -> new CaseDetails.Override(o.getOwnerEmployeeId(),
                        name.apply(o.getOwnerEmployeeId()), o.getNotHeld(), o.getReason(), o.getAt(), o.getBy()))
                        .toList(), mayWork);
    }

    /** What came of the case, as staff it names may read it. */
    private static String outcome(CaseRecord c) {
        if (c.getResolution() != null) {
            return c.getResolution();
        }
        if (c.getResponse() != null && c.getResponse().getResults() != null) {
            return c.getResponse().getResults();
        }
        return "Not resolved yet";
    }
}
