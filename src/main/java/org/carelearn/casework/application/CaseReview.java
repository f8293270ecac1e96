package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseCompetencies;
import org.carelearn.casework.domain.CaseGap;
import org.carelearn.casework.domain.CaseGapChanged;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.platform.time.HospitalTime;

/**
 * A case review by a manager of the case's owner or of a member of staff it names: a competency gap recorded for
 * a person the case names, which a manager of that person approves into a targeted requirement (a course through
 * assignment, or an observed validation through competency), linked back to the case, which then shows its
 * progress. What leaves casework names the case by its short opaque reference only, never the patient, and not
 * the reviewer's note (which may speak of the patient): the requirement says "Case review (case 1A2B3C4D)".
 */
@ApplicationScoped
public class CaseReview {

    /** Days a targeted course is due in. */
    static final int COURSE_DUE_DAYS = 30;

    /** A gap as the case shows it. */
    public record Gap(long id, String employeeId, String personName, String competencyTitle, String remedy,
            String courseTitle, String note, String recordedBy, boolean approved, boolean mayApprove,
            String progress) implements Serializable {
    }

    /** What the review part of a case shows the person. */
    public record Review(boolean mayReview, List<CaseDetails.Named> staffInvolved,
            List<CompetencyLookup.Competency> competencies, List<CompetencyLookup.Course> courses, List<Gap> gaps)
            implements Serializable {
    }

    @Inject
    private CaseGate gate;

    @Inject
    private CaseRepository cases;

    @Inject
    private CompetencyLookup competencies;

    @Inject
    private TrainingRequests training;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CaseGapChanged> changed;

    /** The review part of a case the person sees whole: its gaps, and whether they may record one. */
    @Transactional
    public Review review(Actor actor, SignedInPerson person, String caseId) {
        CaseGate.Opened opened = whole(actor, person, caseId);
        CaseRecord c = opened.caseRecord();
        Map<String, CompetencyLookup.Competency> known = known();
        List<CaseDetails.Named> staff = c.getStaffInvolved().stream().map(id -> new CaseDetails.Named(id,
                name(opened, id))).toList();
        List<CompetencyLookup.Competency> offered = new ArrayList<>();
        new CaseCompetencies(cases.competencyLinks()).neededBy(c.getKind(), c.getCategories()).stream()
                .filter(known::containsKey).forEach(id -> offered.add(known.get(id)));
        known.values().stream().filter(k -> !offered.contains(k)).forEach(offered::add);
        List<Gap> gaps = cases.gapsOf(c).stream().map(g -> view(g, opened, person, known)).toList();
        boolean mayReview = mayReview(opened, person);
        return new Review(mayReview, staff, offered, mayReview ? competencies.coursesShowingAny() : List.of(), gaps);
    }

    /** The courses that would close a gap in the competency. */
    public List<CompetencyLookup.Course> coursesFor(String competencyIdentifier) {
        return competencyIdentifier == null || competencyIdentifier.isBlank() ? List.of()
                : competencies.coursesShowing(competencyIdentifier);
    }

    /** Records a gap found in the review; it waits for the approval of a manager of the person. */
    @Transactional
    public void recordGap(Actor actor, SignedInPerson person, String caseId, String employeeId,
            String competencyIdentifier, CaseGap.Remedy remedy, String courseIri, String note) {
        CaseGate.Opened opened = whole(actor, person, caseId);
        if (!mayReview(opened, person)) {
            throw new BusinessRuleException("A case review is for a manager of the case's owner or of a member of"
                    + " staff it names");
        }
        CompetencyLookup.Competency competency = known().get(competencyIdentifier);
        if (competency == null) {
            throw new BusinessRuleException("Choose a competency of a published framework");
        }
        if (remedy == CaseGap.Remedy.COURSE && courseIri != null && coursesFor(competency.identifier()).stream()
                .noneMatch(k -> k.iri().equals(courseIri))) {
            throw new BusinessRuleException("That course does not show " + competency.title()
                    + "; choose one that does, or ask for an observed validation");
        }
        String id = employeeId == null ? null : employeeId.strip().toUpperCase(Locale.ROOT);
        CaseRecord c = opened.caseRecord();
        CaseGap gap = CaseGap.record(c, id, competency.identifier(), remedy, courseIri, note, time.now(),
                person.employeeId());
        cases.add(gap);
        changed.fire(new CaseGapChanged(actor, c.getPublicId(), false, "Competency gap in " + competency.title()
                + " recorded for " + id + " (" + remedy.getLabel().toLowerCase(Locale.ROOT) + ")"));
    }

    /**
     * Approves a gap, as a manager of the person: it becomes their requirement (the course, due in
     * {@value #COURSE_DUE_DAYS} days, or a requested observed validation).
     */
    @Transactional
    public void approve(Actor actor, SignedInPerson person, String caseId, long gapId) {
        CaseGate.Opened opened = whole(actor, person, caseId);
        CaseRecord c = opened.caseRecord();
        CaseGap gap = cases.gap(gapId).filter(g -> g.getCaseId().equals(c.getId()))
                .orElseThrow(() -> new BusinessRuleException("The case has no such competency gap"));
        if (!managesPerson(opened, person, gap.getEmployeeId())) {
            throw new BusinessRuleException("Only a manager of " + name(opened, gap.getEmployeeId())
                    + " approves a gap of theirs");
        }
        if (gap.isApproved()) {
            throw new BusinessRuleException("The gap is approved already");
        }
        CompetencyLookup.Competency competency = known().get(gap.getCompetencyIdentifier());
        String title = competency == null ? gap.getCompetencyIdentifier() : competency.title();
        String reason = "Case review (case " + reference(c) + "): " + title;
        long requirement = gap.getRemedy() == CaseGap.Remedy.COURSE
                ? training.require(actor, person.employeeId(), gap.getEmployeeId(), gap.getCourseIri(),
                        reason.length() > 200 ? reason.substring(0, 200) : reason, COURSE_DUE_DAYS)
                : competencies.requestValidation(actor, person, gap.getEmployeeId(), gap.getCompetencyIdentifier(),
                        "Requested from a case review (case " + reference(c) + ")");
        gap.approve(requirement, time.now(), person.employeeId());
        changed.fire(new CaseGapChanged(actor, c.getPublicId(), true, "Competency gap in " + title + " for "
                + gap.getEmployeeId() + " approved: " + (gap.getRemedy() == CaseGap.Remedy.COURSE
                        ? "course required, rule " : "observed validation requested, request ") + requirement));
    }

    /** The case's short opaque reference, as its requirements name it. */
    static String reference(CaseRecord c) {
        return c.getPublicId().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private Gap view(CaseGap g, CaseGate.Opened opened, SignedInPerson person,
            Map<String, CompetencyLookup.Competency> known) {
        CompetencyLookup.Competency competency = known.get(g.getCompetencyIdentifier());
        String courseTitle = null;
        if (g.getRemedy() == CaseGap.Remedy.COURSE) {
            courseTitle = coursesFor(g.getCompetencyIdentifier()).stream().filter(k -> k.iri().equals(g.getCourseIri()))
                    .map(CompetencyLookup.Course::title).findFirst().orElse(g.getCourseIri());
        }
        return new Gap(g.getId(), g.getEmployeeId(), name(opened, g.getEmployeeId()),
                competency == null ? g.getCompetencyIdentifier() : competency.title(), g.getRemedy().getLabel(),
                courseTitle, g.getNote(), g.getRecordedBy(), g.isApproved(),
                !g.isApproved() && managesPerson(opened, person, g.getEmployeeId()), progress(g));
    }

    private String progress(CaseGap g) {
        if (!g.isApproved()) {
            return "Waiting for a manager's approval";
        }
        if (g.getRemedy() == CaseGap.Remedy.VALIDATION) {
            return "Observed validation: " + competencies.validationState(g.getEmployeeId(), g.getRequirementId())
                    .orElse("no longer requested");
        }
        Optional<TrainingRequests.Progress> p = training.progress(g.getEmployeeId(), g.getRequirementId());
        if (p.isEmpty()) {
            return "No longer required";
        }
        if (p.get().completed()) {
            return "Completed on " + DateStyle.date(p.get().completedOn());
        }
        return p.get().state() + (p.get().dueOn() == null ? "" : ", due " + DateStyle.date(p.get().dueOn()));
    }

    private CaseGate.Opened whole(Actor actor, SignedInPerson person, String caseId) {
        CaseGate.Opened opened = gate.open(actor, person, caseId)
                .orElseThrow(() -> new NotFoundException(CaseWork.NOT_FOUND));
        if (opened.visibility() != Visibility.FULL) {
            throw new BusinessRuleException("A case review is for those who see the whole case");
        }
        return opened;
    }

    /** A manager above the owner or above a member of staff the case names. */
    static boolean mayReview(CaseGate.Opened opened, SignedInPerson person) {
        if (!person.has(Role.MANAGER)) {
            return false;
        }
        CaseRecord c = opened.caseRecord();
        List<String> reviewed = new ArrayList<>(c.getStaffInvolved());
        if (c.getOwnerEmployeeId() != null) {
            reviewed.add(c.getOwnerEmployeeId());
        }
        return reviewed.stream().anyMatch(id -> managesPerson(opened, person, id));
    }

    private static boolean managesPerson(CaseGate.Opened opened, SignedInPerson person, String employeeId) {
        CasePeople.Person p = opened.people().get(employeeId);
        return person.has(Role.MANAGER) && p != null && p.managerChain().contains(person.employeeId());
    }

    private static String name(CaseGate.Opened opened, String employeeId) {
        CasePeople.Person p = opened.people().get(employeeId);
        return p == null ? employeeId : p.displayName();
    }

    private Map<String, CompetencyLookup.Competency> known() {
        Map<String, CompetencyLookup.Competency> known = new LinkedHashMap<>();
        competencies.competencies().forEach(k -> known.put(k.identifier(), k));
        return known;
    }
}
