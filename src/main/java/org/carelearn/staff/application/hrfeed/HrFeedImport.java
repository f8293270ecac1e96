package org.carelearn.staff.application.hrfeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.AccountAccessRevoked;
import org.carelearn.staff.application.StaffSnapshot;
import org.carelearn.staff.application.hrfeed.HrFeedCheck.PlannedRow;
import org.carelearn.staff.application.hrfeed.ImportProgress.Phase;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.AccountChanged;
import org.carelearn.staff.domain.AccountRepository;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.HrFeedImported;
import org.carelearn.staff.domain.HrFeedRefused;
import org.carelearn.staff.domain.DepartmentRepository;
import org.carelearn.staff.domain.JobRole;
import org.carelearn.staff.domain.JobRoleRepository;
import org.carelearn.staff.domain.StaffDetails;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffMemberChanged;
import org.carelearn.staff.domain.StaffMemberChanged.Change;
import org.carelearn.staff.domain.StaffPlacementChanged;
import org.carelearn.staff.domain.StaffRepository;

/**
 * Upserts the HR feed by employee id: all rows or none. New staff get a LEARNER account without a
 * password (an admin issues the first one). Every change to a person or an account is announced, and so is
 * the import as a whole, accepted ({@link HrFeedImported}) or refused ({@link HrFeedRefused}).
 */
@ApplicationScoped
public class HrFeedImport {

    /** Rows between progress reports. */
    private static final int REPORT_EVERY = 500;

    /**
     * Rows written between flushes. Each flush compares every staff member the import holds with the copy it was
     * read as (EclipseLink's deferred change detection; weaving is off), so with 20,000 people a flush every 500
     * rows spent most of the import comparing unchanged people (profiled: README "Benchmarks"). A few large
     * flushes keep the JDBC batches large and the comparisons few.
     */
    private static final int FLUSH_EVERY = 5_000;

    @Inject
    private StaffRepository staff;

    @Inject
    private AccountRepository accounts;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private JobRoleRepository jobRoles;

    @Inject
    private Event<StaffMemberChanged> staffChanged;

    @Inject
    private Event<AccountChanged> accountChanged;

    @Inject
    private Event<HrFeedImported> imported;

    @Inject
    private Event<HrFeedRefused> refused;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<AccountAccessRevoked> revoked;

    @Inject
    private Event<StaffPlacementChanged> placed;

    @Transactional
    public ImportResult run(Actor actor, String fileName, Reader csv, ImportProgress progress) {
        progress.advanced(Phase.READING, 0, 0);
        HrFeedFormat.Parsed parsed = HrFeedFormat.parse(csv);
        int rows = parsed.rows().size();
        if (!parsed.problems().isEmpty()) {
            return reject(actor, fileName, rows, parsed.problems());
        }
        progress.advanced(Phase.CHECKING, 0, rows);
        Map<String, Department> departmentByCode = new HashMap<>();
        departments.findAll().forEach(d -> departmentByCode.put(d.getCode(), d));
        Map<String, JobRole> jobRoleByCode = new HashMap<>();
        jobRoles.findAll().forEach(r -> jobRoleByCode.put(r.getCode(), r));
        Map<String, Boolean> departmentActive = new HashMap<>();
        departmentByCode.forEach((code, d) -> departmentActive.put(code, d.isActive()));
        Map<String, Boolean> jobRoleActive = new HashMap<>();
        jobRoleByCode.forEach((code, r) -> jobRoleActive.put(code, r.isActive()));
        HrFeedCheck.Plan plan = new HrFeedCheck(new HrFeedCheck.Directory(staff.keys(), departmentActive,
                jobRoleActive, accounts.usernames())).check(parsed.rows());
        progress.advanced(Phase.CHECKING, rows, rows);
        if (!plan.accepted()) {
            return reject(actor, fileName, rows, plan.problems());
        }
        Writer writer = new Writer(actor, departmentByCode, jobRoleByCode);
        writer.write(plan.rows(), progress);
        ImportResult result = new ImportResult(fileName, rows, writer.created, writer.updated, writer.unchanged,
                writer.deactivated, writer.reactivated, List.of());
        imported.fire(new HrFeedImported(actor, fileName, result.summary()));
        progress.advanced(Phase.FINISHED, rows, rows);
        return result;
    }

    private ImportResult reject(Actor actor, String fileName, int rows, List<RowProblem> problems) {
        ImportResult result = ImportResult.rejected(fileName, rows, problems);
        String first = problems.get(0).toString();
        refused.fire(new HrFeedRefused(actor, fileName, result.summary() + "; first: " + first));
        return result;
    }

    /** One import's writes, with its counters. */
    private final class Writer {

        private final Actor actor;
        private final Map<String, Department> departmentByCode;
        private final Map<String, JobRole> jobRoleByCode;
        private int created;
        private int updated;
        private int unchanged;
        private int deactivated;
        private int reactivated;

        Writer(Actor actor, Map<String, Department> departmentByCode, Map<String, JobRole> jobRoleByCode) {
            this.actor = actor;
            this.departmentByCode = departmentByCode;
            this.jobRoleByCode = jobRoleByCode;
        }

        void write(List<PlannedRow> rows, ImportProgress progress) {
            Map<String, StaffMember> members = new HashMap<>(staff.findByEmployeeIds(
                    rows.stream().map(PlannedRow::employeeId).toList()));
            Map<String, StaffMember> managers = staff.findByEmployeeIds(rows.stream()
                    .map(PlannedRow::managerEmployeeId).filter(m -> m != null && !members.containsKey(m)).toList());
            members.putAll(managers);
            // Only the accounts that follow their person in or out of service: reading all 20,000 (with their
            // roles) would give each flush 20,000 more objects to compare and change none of them.
            Map<String, Account> accountByEmployee = accounts.findByEmployeeIds(rows.stream()
                    .filter(r -> !r.isNew() && members.get(r.employeeId()).isActive() != r.active())
                    .map(PlannedRow::employeeId).toList());
            int done = 0;
            for (PlannedRow row : rows) {
                StaffMember manager = row.managerEmployeeId() == null ? null : members.get(row.managerEmployeeId());
                if (row.isNew()) {
                    members.put(row.employeeId(), create(row, manager));
                } else {
                    update(members.get(row.employeeId()), accountByEmployee.get(row.employeeId()), row, manager);
                }
                if (++done % FLUSH_EVERY == 0) {
                    staff.flush();
                }
                if (done % REPORT_EVERY == 0) {
                    progress.advanced(Phase.WRITING, done, rows.size());
                }
            }
            staff.flush();
            progress.advanced(Phase.WRITING, done, rows.size());
        }

        private StaffMember create(PlannedRow row, StaffMember manager) {
            StaffMember member = new StaffMember(row.employeeId(), details(row), time.now());
            member.reportTo(manager, time.now());
            if (!row.active()) {
                member.deactivate(time.now());
            }
            staff.add(member);
            Account account = new Account(row.username(), member, EnumSet.of(Role.LEARNER));
            if (!row.active()) {
                account.deactivate();
            }
            accounts.add(account);
            created++;
            staffChanged.fire(new StaffMemberChanged(actor, Change.ADDED, row.employeeId(),
                    "from the HR feed, line " + row.line() + (row.active() ? "" : ", inactive")));
            accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.CREATED, account.getUsername(),
                    "for " + row.employeeId() + " from the HR feed, roles " + account.getRoles()));
            placed.fire(new StaffPlacementChanged(member.getEmployeeId()));
            return member;
        }

        private void update(StaffMember member, Account account, PlannedRow row, StaffMember manager) {
            Map<String, String> before = StaffSnapshot.snapshot(member);
            boolean wasActive = member.isActive();
            boolean changed = member.apply(details(row), time.now());
            changed |= member.reportTo(manager, time.now());
            if (changed) {
                updated++;
                staffChanged.fire(new StaffMemberChanged(actor, Change.UPDATED, row.employeeId(),
                        "from the HR feed: " + StaffSnapshot.changes(before, StaffSnapshot.snapshot(member))));
            }
            if (member.isActive() && !row.active()) {
                member.deactivate(time.now());
                deactivated++;
                staffChanged.fire(new StaffMemberChanged(actor, Change.DEACTIVATED, row.employeeId(), "from the HR feed"));
                if (account != null && account.isActive()) {
                    account.deactivate();
                    accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.DEACTIVATED,
                            account.getUsername(), "with staff member " + row.employeeId()));
                    revoked.fire(new AccountAccessRevoked(account.getUsername(), "account deactivated by the HR feed"));
                }
            } else if (!member.isActive() && row.active()) {
                member.reactivate(time.now());
                reactivated++;
                staffChanged.fire(new StaffMemberChanged(actor, Change.REACTIVATED, row.employeeId(), "from the HR feed"));
                if (account != null && !account.isActive()) {
                    account.reactivate();
                    accountChanged.fire(new AccountChanged(actor, AccountChanged.Change.REACTIVATED,
                            account.getUsername(), "with staff member " + row.employeeId()));
                }
            } else if (!changed) {
                unchanged++;
            }
            if (changed || wasActive != member.isActive()) {
                placed.fire(new StaffPlacementChanged(member.getEmployeeId()));
            }
        }

        private StaffDetails details(PlannedRow row) {
            return new StaffDetails(row.name(), row.email(), departmentByCode.get(row.departmentCode()),
                    jobRoleByCode.get(row.jobRoleCode()), row.hireDate());
        }
    }
}
