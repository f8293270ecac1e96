package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.AccountChanged;
import org.carelearn.staff.domain.AccountRepository;
import org.carelearn.staff.domain.PersonName;
import org.carelearn.staff.domain.ReportingLines;
import org.carelearn.staff.domain.StaffDetails;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffMemberChanged;
import org.carelearn.staff.domain.StaffPlacementChanged;
import org.carelearn.staff.domain.StaffRepository;
import org.carelearn.staff.domain.StaffSearch;

/**
 * Staff members as admins see them: find, add, edit, deactivate. Adding a person also opens their
 * account (without a password until an admin issues one); deactivating a person closes it.
 */
@ApplicationScoped
public class StaffDirectory {

    @Inject
    private StaffRepository staff;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Organisation organisation;

    @Inject
    private Event<StaffMemberChanged> staffChanged;

    @Inject
    private Event<AccountChanged> accountChanged;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<AccountAccessRevoked> revoked;

    @Inject
    private Event<StaffPlacementChanged> placed;

    public Optional<StaffMember> find(String employeeId) {
        return staff.findByEmployeeId(normalizedId(employeeId));
    }

    /** One person as other contexts' pages show them. */
    public Optional<StaffPerson> person(String employeeId) {
        return find(employeeId).map(StaffPerson::of);
    }

    /** Where one person sits in the hospital, for rules that target departments, roles and lines. */
    public Optional<StaffPlacement> placement(String employeeId) {
        return find(employeeId).map(member -> placed(List.of(member)).get(0));
    }

    /**
     * Where each of these people sits, in one query per few hundred people (re-evaluating a whole HR import's
     * worth of people one at a time would cost a query each); people not in the directory are absent.
     */
    public List<StaffPlacement> placements(Collection<String> employeeIds) {
        return placed(staff.findByEmployeeIds(employeeIds.stream().map(StaffDirectory::normalizedId).distinct()
                .toList()).values());
    }

    /**
     * Each of these people that exists, with where they sit (the chain of managers above them) and how to reach
     * them, in one read: for messages about many people at once (reminders, digests).
     */
    public Map<String, StaffContact> contacts(Collection<String> employeeIds) {
        Map<String, StaffMember> members = staff.findByEmployeeIds(employeeIds);
        Iterator<StaffPlacement> placements = placed(members.values()).iterator();
        Map<String, StaffContact> found = new LinkedHashMap<>();
        members.forEach((id, member) -> found.put(id, new StaffContact(StaffPerson.of(member), placements.next())));
        return found;
    }

    /** Where every active person sits, by name. */
    public List<StaffPlacement> activePlacements() {
        StaffSearch active = new StaffSearch(null, null, null, null, null, true, StaffSearch.Sort.NAME, true);
        return placed(staff.search(active, 0, Integer.MAX_VALUE));
    }

    /**
     * The people as placements, in the order given, each with the managers above them: for one person one query
     * of the ids up their line; for more, the direct managers of all of them in one query, then of those managers,
     * and so on up, a query a level. Walking the entities up instead read each manager's row, department and job
     * role (README "Benchmarks"); reading every person's manager (the directory's keys) for each group of people
     * made rebuilding 20,000 standings twice as slow.
     */
    private List<StaffPlacement> placed(Collection<StaffMember> members) {
        if (members.size() == 1) {
            StaffMember member = members.iterator().next();
            return List.of(StaffPlacement.of(member, staff.managersAbove(member.getEmployeeId())));
        }
        Map<String, String> managerOf = new HashMap<>();
        Set<String> asked = new HashSet<>();
        Set<String> next = new HashSet<>();
        members.forEach(m -> next.add(m.getEmployeeId()));
        while (!next.isEmpty()) {
            asked.addAll(next);
            Map<String, String> found = staff.managerIdsOf(next);
            managerOf.putAll(found);
            next.clear();
            found.values().stream().filter(m -> !asked.contains(m)).forEach(next::add);
        }
        ReportingLines lines = ReportingLines.ofManagers(managerOf);
        return members.stream().map(m -> StaffPlacement.of(m, lines.above(m.getEmployeeId()))).toList();
    }

    /** Everyone in active service as pages show them, by name: the hospital-wide workbench lists them all. */
    public List<StaffPerson> activePeople() {
        StaffSearch active = new StaffSearch(null, null, null, null, null, true, StaffSearch.Sort.NAME, true);
        return staff.search(active, 0, Integer.MAX_VALUE).stream().map(StaffPerson::of).toList();
    }

    /**
     * The people a search box means by {@code text}, at most {@code max}, by name: the one whose employee id it
     * is, then those whose e-mail contains it (text with an '@'), or else those whose given or family name
     * contains every word of it.
     */
    public List<StaffPerson> peopleMatching(String text, int max) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty() || max <= 0) {
            return List.of();
        }
        Map<String, StaffMember> people = new LinkedHashMap<>();
        find(wanted).ifPresent(member -> people.put(member.getEmployeeId(), member));
        if (wanted.contains("@")) {
            staff.search(new StaffSearch(null, null, wanted, null, null, null, StaffSearch.Sort.NAME, true), 0, max)
                    .forEach(member -> people.putIfAbsent(member.getEmployeeId(), member));
        } else {
            List<String> words = List.of(wanted.toLowerCase(Locale.ROOT).split("\\s+"));
            staff.search(new StaffSearch(null, words.get(0), null, null, null, null, StaffSearch.Sort.NAME, true), 0,
                    max).stream().filter(member -> words.stream().allMatch(member.getName()::hasWordPart))
                    .forEach(member -> people.putIfAbsent(member.getEmployeeId(), member));
        }
        return people.values().stream().limit(max).map(StaffPerson::of).toList();
    }

    public Optional<Account> accountOf(StaffMember member) {
        return accounts.findByStaffMember(member);
    }

    public List<StaffMember> search(StaffSearch search, int first, int max) {
        return staff.search(search, first, max);
    }

    public long count(StaffSearch search) {
        return staff.count(search);
    }

    public List<StaffMember> directReportsOf(StaffMember manager) {
        return staff.directReportsOf(manager);
    }

    public long countActive() {
        return staff.countActive();
    }

    public Map<String, Long> activeCountByDepartment() {
        return staff.activeCountByDepartment();
    }

    @Transactional
    public StaffMember add(Actor actor, StaffChange change) {
        String employeeId = StaffMember.normalizeEmployeeId(change.employeeId());
        if (staff.findByEmployeeId(employeeId).isPresent()) {
            throw new BusinessRuleException("Employee id " + employeeId + " is already in the directory");
        }
        StaffDetails details = details(change);
        requireEmailFree(details.email(), employeeId);
        StaffMember member = new StaffMember(employeeId, details, time.now());
        member.reportTo(manager(change.managerEmployeeId()), time.now());
        staff.add(member);

        String username = blank(change.username()) ? employeeId : change.username();
        Set<Role> roles = change.roles() == null || change.roles().isEmpty() ? EnumSet.of(Role.LEARNER)
                : change.roles();
        Account account = new Account(username, member, roles);
        if (accounts.findByUsername(account.getUsername()).isPresent()) {
            throw new BusinessRuleException("User name " + account.getUsername() + " is already taken");
        }
        accounts.add(account);
        staffChanged.fire(new StaffMemberChanged(actor, StaffMemberChanged.Change.ADDED, employeeId,
                StaffSnapshot.describe(member)));
        accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.CREATED, account.getUsername(),
                "for " + employeeId + ", roles " + account.getRoles()));
        placed.fire(new StaffPlacementChanged(employeeId));
        return member;
    }

    /** Applies an admin's edit; the employee id and user name identify, they do not change. */
    @Transactional
    public StaffMember update(Actor actor, StaffChange change, long expectedVersion) {
        StaffMember member = existing(change.employeeId());
        if (member.getVersion() != expectedVersion) {
            throw new BusinessRuleException("Someone else changed " + member.getName().getDisplayName()
                    + " while you were editing; reload the page and make your change again");
        }
        Map<String, String> before = StaffSnapshot.snapshot(member);
        StaffDetails details = details(change);
        requireEmailFree(details.email(), member.getEmployeeId());
        boolean changed = member.apply(details, time.now());
        changed |= member.reportTo(manager(change.managerEmployeeId()), time.now());
        if (changed) {
            staffChanged.fire(new StaffMemberChanged(actor, StaffMemberChanged.Change.UPDATED, member.getEmployeeId(),
                    StaffSnapshot.changes(before, StaffSnapshot.snapshot(member))));
            placed.fire(new StaffPlacementChanged(member.getEmployeeId()));
        }
        if (change.roles() != null && !change.roles().isEmpty()) {
            accounts.findByStaffMember(member).ifPresent(account -> {
                if (!account.getRoles().equals(change.roles())) {
                    String rolesBefore = account.getRoles().toString();
                    account.grant(change.roles());
                    accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.ROLES_CHANGED,
                            account.getUsername(), "roles: " + rolesBefore + " -> " + account.getRoles()));
                }
            });
        }
        return member;
    }

    /**
     * Takes a person out of active service: their account stops signing in and their direct reports
     * stay assigned until someone moves them (a manager leaving must not silently orphan a team).
     */
    @Transactional
    public void deactivate(Actor actor, String employeeId) {
        StaffMember member = existing(employeeId);
        if (!member.isActive()) {
            return;
        }
        member.deactivate(time.now());
        staffChanged.fire(new StaffMemberChanged(actor, StaffMemberChanged.Change.DEACTIVATED, member.getEmployeeId(),
                member.getName().getDisplayName()));
        placed.fire(new StaffPlacementChanged(member.getEmployeeId()));
        accounts.findByStaffMember(member).ifPresent(account -> {
            account.deactivate();
            accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.DEACTIVATED, account.getUsername(),
                    "with staff member " + member.getEmployeeId()));
            revoked.fire(new AccountAccessRevoked(account.getUsername(), "account deactivated"));
        });
    }

    @Transactional
    public void reactivate(Actor actor, String employeeId) {
        StaffMember member = existing(employeeId);
        if (member.isActive()) {
            return;
        }
        member.reactivate(time.now());
        staffChanged.fire(new StaffMemberChanged(actor, StaffMemberChanged.Change.REACTIVATED, member.getEmployeeId(),
                member.getName().getDisplayName()));
        placed.fire(new StaffPlacementChanged(member.getEmployeeId()));
        accounts.findByStaffMember(member).ifPresent(account -> {
            account.reactivate();
            accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.REACTIVATED, account.getUsername(),
                    "with staff member " + member.getEmployeeId()));
        });
    }

    StaffMember existing(String employeeId) {
        return staff.findByEmployeeId(normalizedId(employeeId))
                .orElseThrow(() -> new NotFoundException("No staff member with employee id " + employeeId));
    }

    private StaffDetails details(StaffChange change) {
        return new StaffDetails(new PersonName(change.givenName(), change.familyName()), change.email(),
                organisation.department(change.departmentCode()), organisation.jobRole(change.jobRoleCode()),
                change.hireDate());
    }

    private void requireEmailFree(String email, String employeeId) {
        staff.findByEmail(email).filter(other -> !other.getEmployeeId().equals(employeeId)).ifPresent(other -> {
            throw new BusinessRuleException("E-mail " + email + " already belongs to " + other.getEmployeeId());
        });
    }

    private StaffMember manager(String managerEmployeeId) {
        if (blank(managerEmployeeId)) {
            return null;
        }
        return staff.findByEmployeeId(normalizedId(managerEmployeeId))
                .orElseThrow(() -> new BusinessRuleException("No staff member with employee id " + managerEmployeeId
                        + " to be the manager"));
    }

    private static String normalizedId(String employeeId) {
        return employeeId == null ? "" : employeeId.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
