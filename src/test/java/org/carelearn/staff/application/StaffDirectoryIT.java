package org.carelearn.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleStaff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The directory's use cases in the real server: EclipseLink, Derby, JTA and the audit trail together. */
@ExtendWith(ArquillianExtension.class)
class StaffDirectoryIT {

    private static final Actor ADMIN = new Actor("admin", "10.1.2.3");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    LineOfAuthority line;

    private StaffChange change(String id, String email, String department, String manager) {
        return new StaffChange(id, "Nadia", "Karam", email, department, "SW-ONC", manager, LocalDate.of(2024, 2, 5),
                null, Set.of());
    }

    private List<AuditEvent> eventsFor(String targetId) {
        return audit.find(new AuditFilter(null, null, null, targetId, null, null), 0, 50);
    }

    /**
     * A line of eleven managers above a person, longer than one query of the ids above a person reads (8): the checks of authority
     * and the placements other contexts read see the whole chain, for one person and for several.
     */
    @Test
    void aLineDeeperThanOneReadIsFollowedToTheTop() {
        List<String> chain = new ArrayList<>();
        String above = "LR7001";
        for (int level = 0; level < 11; level++) {
            String id = SampleStaff.uniqueEmployeeId();
            directory.add(ADMIN, change(id, id + "@it.example", "socwork", above));
            chain.add(0, above);
            above = id;
        }
        String bottom = above;
        assertTrue(line.isInLine("LR7001", bottom), "the manager eleven levels up");
        assertTrue(line.isInLine(chain.get(0), bottom), "the direct manager");
        assertFalse(line.isInLine(bottom, chain.get(0)), "above is not in the line");
        List<String> expected = new ArrayList<>(chain);
        expected.addAll(directory.placement("LR7001").orElseThrow().managerChain());
        assertEquals(expected, directory.placement(bottom).orElseThrow().managerChain());
        assertEquals(expected, directory.placements(List.of(bottom, chain.get(0))).stream()
                .filter(p -> p.employeeId().equals(bottom)).findFirst().orElseThrow().managerChain());
    }

    @Test
    void addingAPersonOpensALearnerAccountWithoutPasswordAndIsAudited() {
        String id = SampleStaff.uniqueEmployeeId();
        StaffMember added = directory.add(ADMIN, change(id, id + "@it.example", "socwork", "LR7001"));

        StaffMember found = directory.find(id.toLowerCase()).orElseThrow();
        assertEquals(added.getId(), found.getId());
        assertEquals("SOCWORK", found.getDepartment().getCode());
        assertEquals("LR7001", found.getManager().getEmployeeId());
        Account account = directory.accountOf(found).orElseThrow();
        assertEquals(id.toLowerCase(), account.getUsername());
        assertEquals(EnumSet.of(Role.LEARNER), account.getRoles());
        assertFalse(account.hasPassword());

        AuditEvent created = eventsFor(id).stream().filter(e -> e.getAction() == AuditAction.STAFF_CREATED)
                .findFirst().orElseThrow();
        assertEquals("admin", created.getActor());
        assertEquals("10.1.2.3", created.getRemoteAddress());
        assertTrue(created.getDetail().contains("department=SOCWORK"), created.getDetail());
    }

    @Test
    void aRefusedChangeWritesNothing() {
        String id = SampleStaff.uniqueEmployeeId();
        long before = directory.count(StaffSearch.all());
        BusinessRuleException taken = assertThrows(BusinessRuleException.class,
                () -> directory.add(ADMIN, change(id, "aisha.bello@lindenridge.example", "SOCWORK", null)));
        assertEquals("E-mail aisha.bello@lindenridge.example already belongs to LR3002", taken.getMessage());
        BusinessRuleException noDepartment = assertThrows(BusinessRuleException.class,
                () -> directory.add(ADMIN, change(id, id + "@it.example", "NOWHERE", null)));
        assertEquals("No department with code NOWHERE", noDepartment.getMessage());
        assertEquals(before, directory.count(StaffSearch.all()));
        assertTrue(directory.find(id).isEmpty());
        assertTrue(eventsFor(id).isEmpty(), "no audit event for a change that did not happen");
    }

    @Test
    void anEditIsAuditedFieldByFieldAndAStaleEditIsRefused() {
        String id = SampleStaff.uniqueEmployeeId();
        StaffMember added = directory.add(ADMIN, change(id, id + "@it.example", "SOCWORK", null));
        long version = added.getVersion();

        directory.update(ADMIN, change(id, id + ".new@it.example", "CHAPLAINCY", "LR8001"), version);
        StaffMember updated = directory.find(id).orElseThrow();
        assertEquals("CHAPLAINCY", updated.getDepartment().getCode());
        AuditEvent edit = eventsFor(id).stream().filter(e -> e.getAction() == AuditAction.STAFF_UPDATED).findFirst()
                .orElseThrow();
        assertEquals("email: " + id.toLowerCase() + "@it.example -> " + id.toLowerCase() + ".new@it.example; "
                + "department: SOCWORK -> CHAPLAINCY; manager:  -> LR8001", edit.getDetail());

        BusinessRuleException stale = assertThrows(BusinessRuleException.class,
                () -> directory.update(ADMIN, change(id, id + "@it.example", "SOCWORK", null), version));
        assertTrue(stale.getMessage().contains("Someone else changed"), stale.getMessage());
        assertEquals("CHAPLAINCY", directory.find(id).orElseThrow().getDepartment().getCode());
    }

    @Test
    void deactivationClosesTheAccountAndReactivationReopensIt() {
        String id = SampleStaff.uniqueEmployeeId();
        StaffMember member = directory.add(ADMIN, change(id, id + "@it.example", "SOCWORK", null));
        directory.deactivate(ADMIN, id);
        assertFalse(directory.find(id).orElseThrow().isActive());
        assertFalse(directory.accountOf(member).orElseThrow().isActive());
        directory.reactivate(ADMIN, id);
        assertTrue(directory.accountOf(member).orElseThrow().isActive());
        List<AuditAction> actions = eventsFor(id).stream().map(AuditEvent::getAction).toList();
        assertTrue(actions.containsAll(List.of(AuditAction.STAFF_DEACTIVATED, AuditAction.STAFF_REACTIVATED)), actions.toString());
        assertTrue(eventsFor(id.toLowerCase()).stream().anyMatch(e -> e.getAction() == AuditAction.ACCOUNT_DEACTIVATED));
    }

    @Test
    void theDirectoryFiltersAndSortsInTheDatabase() {
        StaffSearch nurses = new StaffSearch(null, null, null, "ONC-INPT", "RN-ONC", true, StaffSearch.Sort.EMPLOYEE_ID,
                false);
        List<StaffMember> page = directory.search(nurses, 0, 3);
        assertEquals(3, page.size());
        assertTrue(page.get(0).getEmployeeId().compareTo(page.get(1).getEmployeeId()) > 0, "descending");
        assertTrue(page.stream().allMatch(s -> s.getJobRole().getCode().equals("RN-ONC") && s.isActive()));
        assertTrue(directory.count(nurses) >= 9);
        StaffSearch byName = new StaffSearch(null, "rourk", null, null, null, null, null, true);
        assertTrue(directory.search(byName, 0, 10).stream().anyMatch(s -> s.getEmployeeId().equals("LR3003")));
        StaffSearch literal = new StaffSearch("LR%", null, null, null, null, null, null, true);
        assertEquals(0, directory.count(literal), "a typed % is not a wildcard");
    }

    @Test
    void aManagersLineIsAnsweredInRecordsAtAnyDepth() {
        String manager = SampleStaff.uniqueEmployeeId();
        String lead = SampleStaff.uniqueEmployeeId();
        String nurse = SampleStaff.uniqueEmployeeId();
        String gone = SampleStaff.uniqueEmployeeId();
        directory.add(ADMIN, person(manager, "Zora", "Abbott", null));
        directory.add(ADMIN, person(lead, "Yann", "Brenner", manager));
        directory.add(ADMIN, person(nurse, "Xenia", "Castle", lead));
        directory.add(ADMIN, person(gone, "Walt", "Dunmore", lead));
        directory.deactivate(ADMIN, gone);

        assertEquals(List.of(new StaffPerson(lead, "Yann Brenner", "Brenner, Yann", "Oncology Social Worker",
                "Social Work", LocalDate.of(2024, 2, 5), lead.toLowerCase() + "@it.example", true)),
                line.directReportsOf(manager));
        assertTrue(line.directReport(manager, lead.toLowerCase()).isPresent(), "typed loosely, as in a URL");
        assertTrue(line.directReport(manager, nurse).isEmpty(), "a report's report is not a direct report");
        assertTrue(line.directReport(manager, "NOBODY").isEmpty());
        assertTrue(line.isInLine(manager, nurse));
        assertFalse(line.isInLine(nurse, manager), "above is not in the line");
        assertFalse(line.isInLine("LR3001", nurse), "another manager's line");
        assertEquals(List.of("Brenner, Yann", "Castle, Xenia"),
                line.lineOf(manager).stream().map(StaffPerson::sortName).toList(), "active people, by name");
    }

    private StaffChange person(String id, String givenName, String familyName, String manager) {
        return new StaffChange(id, givenName, familyName, id + "@it.example", "SOCWORK", "SW-ONC", manager,
                LocalDate.of(2024, 2, 5), null, Set.of());
    }
}
