package org.carelearn.casework.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carelearn.casework.domain.CaseImported;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;

/**
 * Imports the hospital complaint system's export, keyed by its case number: a new number is a new case, a known
 * one is revised when the row differs and left alone when it does not, so importing the same file twice changes
 * nothing. All rows or none: any bad row refuses the whole file, naming every bad line, as the HR import does.
 */
@ApplicationScoped
public class CaseImport {

    private static final int FLUSH_EVERY = 2_000;

    @Inject
    private CaseRepository cases;

    @Inject
    private CasePeople people;

    @Inject
    private CaseIntakes intakes;

    @Inject
    private GrievancePolicy policy;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CaseImported> imported;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Transactional
    public CaseImportResult run(Actor actor, SignedInPerson person, String fileName, Reader csv) {
        if (person != null && !person.has(Role.PATIENT_RELATIONS)) {
            throw new BusinessRuleException("Only patient relations imports cases");
        }
        CaseFileFormat.Parsed parsed = CaseFileFormat.parse(csv);
        List<CaseFileFormat.Row> rows = parsed.rows();
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        int total = rows.size() + (int) problems.stream().filter(p -> p.line() > 0).count();
        if (!problems.isEmpty()) {
            return refuse(actor, fileName, total, problems);
        }
        Map<String, Long> firstLine = new HashMap<>();
        for (CaseFileFormat.Row row : rows) {
            Long earlier = firstLine.putIfAbsent(row.intake().externalNumber(), row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(row.line(), row.intake().externalNumber(),
                        "the case number is on line " + earlier + " already"));
            }
        }
        Map<String, CaseRecord> known = cases.byExternalNumbers(firstLine.keySet());
        IntakeCheck check = new IntakeCheck(people.departments(), intakes.activeCategoryCodes(),
                people.people(IntakeCheck.idsOf(rows.stream().map(CaseFileFormat.Row::intake).toList(),
                        rows.stream().map(CaseFileFormat.Row::owner).filter(Objects::nonNull).toList())));
        LocalDate today = time.today();
        Instant now = time.now();
        int days = policy.responseDays();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<CaseRecord> added = new ArrayList<>();
        for (CaseFileFormat.Row row : rows) {
            try {
                check.check(row.intake(), row.owner());
                CaseRecord existing = known.get(row.intake().externalNumber());
                if (existing == null) {
                    CaseRecord c = CaseRecord.receive(row.intake(), today, days, now, actor.username());
                    if (row.owner() != null) {
                        c.assignOwner(row.owner(), now, actor.username());
                    }
                    if (problems.isEmpty()) {
                        cases.add(c);
                        added.add(c);
                    }
                    created++;
                } else if (existing.intake().equals(row.intake())
                        && (row.owner() == null || row.owner().equals(existing.getOwnerEmployeeId()))) {
                    unchanged++;
                } else if (problems.isEmpty()) {
                    existing.revise(row.intake(), today, days);
                    if (row.owner() != null) {
                        existing.assignOwner(row.owner(), now, actor.username());
                    }
                    updated++;
                }
            } catch (BusinessRuleException e) {
                problems.add(new ImportProblem(row.line(), row.intake().externalNumber(), e.getMessage()));
            }
            if (problems.isEmpty() && added.size() == FLUSH_EVERY) {
                // written is written: later flushes and the commit need not compare these new cases again
                cases.flush();
                added.forEach(cases::letGo);
                added.clear();
            }
        }
        if (!problems.isEmpty()) {
            // what was written before the first bad row goes with the transaction; the refusal is recorded alone
            transaction.setRollbackOnly();
            return refuse(actor, fileName, total, problems);
        }
        CaseImportResult result = new CaseImportResult(fileName, rows.size(), created, updated, unchanged, List.of());
        imported.fire(new CaseImported(actor, fileName, true, result.summary()));
        return result;
    }

    private CaseImportResult refuse(Actor actor, String fileName, int rows, List<ImportProblem> problems) {
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        CaseImportResult result = new CaseImportResult(fileName, rows, 0, 0, 0, problems);
        imported.fire(new CaseImported(actor, fileName, false, result.summary() + "; first: " + problems.get(0)));
        return result;
    }
}
