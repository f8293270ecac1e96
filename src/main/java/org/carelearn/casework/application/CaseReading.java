package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carelearn.casework.domain.CaseAccess;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseFilter;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.CaseSeen;
import org.carelearn.casework.domain.CaseSeen.Use;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;

/**
 * Reading cases: one case, a list or search, an export, the response letter. Each is announced
 * ({@link CaseSeen}) in the same transaction, so the audit trail has every view, search, export and print.
 */
@ApplicationScoped
public class CaseReading {

    /** The most cases one list or export returns. */
    public static final int MAX_RESULTS = 2_000;

    @Inject
    private CaseGate gate;

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseProjection projection;

    @Inject
    private CasePeople people;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CaseSeen> seen;

    @Inject
    private LetterPrinter printer;

    @Inject
    private Settings settings;

    /** The case as the person may see it; empty when it does not exist for them (the refusal is audited). */
    @Transactional
    public Optional<CaseView> view(Actor actor, SignedInPerson person, String publicId) {
        return gate.open(actor, person, publicId).map(opened -> {
            seen.fire(new CaseSeen(actor, Use.VIEWED, opened.caseRecord().getPublicId(),
                    opened.visibility() == Visibility.FULL ? "whole case" : "as staff it names"));
            return toView(opened);
        });
    }

    CaseView toView(CaseGate.Opened opened) {
        CaseRecord c = opened.caseRecord();
        LocalDate today = time.today();
        if (opened.visibility() == Visibility.FULL) {
            return new CaseView(projection.details(c, CaseAccess.mayWork(opened.viewer(), c.getOwnerEmployeeId()),
                    today, opened.people(), people.departments()), null);
        }
        return new CaseView(null, projection.line(c, true, today, opened.people(), people.departments(), Map.of()));
    }

    /** The cases matching the filter that the person may see, newest first. */
    @Transactional
    public List<CaseLine> search(Actor actor, SignedInPerson person, CaseFilter filter) {
        List<CaseLine> lines = lines(person, filter);
        seen.fire(new CaseSeen(actor, Use.SEARCHED, null, filter.describe() + ": " + lines.size() + " cases"));
        return lines;
    }

    /** The same cases as a CSV file, without the patient: the export is for counting and following up. */
    @Transactional
    public String export(Actor actor, SignedInPerson person, CaseFilter filter) {
        List<CaseLine> lines = lines(person, filter);
        seen.fire(new CaseSeen(actor, Use.EXPORTED, null, filter.describe() + ": " + lines.size() + " cases"));
        return CaseExport.csv(lines);
    }

    private List<CaseLine> lines(SignedInPerson person, CaseFilter filter) {
        CaseAccess.Viewer viewer = CaseGate.viewer(person);
        CaseFilter reached = filter;
        if (!viewer.seesAll()) {
            Set<String> reach = new HashSet<>();
            reach.add(person.employeeId());
            if (person.has(Role.MANAGER)) {
                reach.addAll(people.lineOf(person.employeeId()));
            }
            reached = filter.within(reach);
        }
        List<CaseRecord> found = cases.search(reached, MAX_RESULTS);
        Map<String, CasePeople.Person> named = projection.peopleOf(found);
        Map<String, String> departments = people.departments();
        Map<String, String> categories = projection.categoryNames();
        LocalDate today = time.today();
        List<CaseLine> lines = new ArrayList<>();
        for (CaseRecord c : found) {
            Visibility v = projection.visibility(viewer, c, named);
            if (v != Visibility.NONE) {
                lines.add(projection.line(c, v == Visibility.NAMED, today, named, departments, categories));
            }
        }
        return lines;
    }

    /** The written response as a PDF letter, for those who see the whole case; empty when it does not exist. */
    @Transactional
    public Optional<byte[]> letter(Actor actor, SignedInPerson person, String publicId) {
        Optional<CaseGate.Opened> opened = gate.open(actor, person, publicId);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        CaseRecord c = opened.get().caseRecord();
        if (opened.get().visibility() != Visibility.FULL) {
            throw new BusinessRuleException("The response letter is for those who handle the case");
        }
        if (c.getResponse() == null || c.getResponse().getResults() == null) {
            throw new BusinessRuleException("The case has no written response yet");
        }
        seen.fire(new CaseSeen(actor, Use.PRINTED, c.getPublicId(), "response letter"));
        String reference = c.getExternalNumber() != null ? c.getExternalNumber()
                : c.getPublicId().substring(0, 8).toUpperCase();
        return Optional.of(printer.print(new ResponseLetter(settings.organisationName(), reference,
                c.getPatient().getIdentifier() + " (" + c.getPatient().getInitials() + ")",
                c.getKind().getLabel().toLowerCase(), c.getReceivedOn(), c.getResponse().getContactPerson(),
                c.getResponse().getStepsTaken(), c.getResponse().getResults(), c.getResponse().getCompletedOn())));
    }
}
