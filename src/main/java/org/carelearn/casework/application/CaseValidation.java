package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/**
 * Validating, from inside a case, what its people did (its service recovery, above all): an approved validator who
 * sees the case whole begins an observed validation of its owner or of a member of staff it names, in a
 * competency they are approved for, and gives it on competency's own validation form. The validation's statement
 * carries the case as context by its opaque IRI ({@code {lms}/cases/{opaque id}}), never anything of the patient.
 */
@ApplicationScoped
public class CaseValidation {

    /** Whom and what the validator may validate from this case; empty lists when nothing. */
    public record Choice(List<CaseDetails.Named> people, List<CompetencyLookup.Competency> competencies)
            implements Serializable {

        public boolean available() {
            return !people.isEmpty() && !competencies.isEmpty();
        }
    }

    @Inject
    private CaseGate gate;

    @Inject
    private CompetencyLookup competencies;

    @Inject
    private Settings settings;

    @Transactional
    public Choice choice(Actor actor, SignedInPerson person, String caseId) {
        CaseGate.Opened opened = whole(actor, person, caseId);
        List<String> approved = competencies.validatorOf(person.employeeId());
        if (approved.isEmpty()) {
            return new Choice(List.of(), List.of());
        }
        List<CompetencyLookup.Competency> mine = competencies.competencies().stream()
                .filter(k -> approved.contains(k.identifier())).toList();
        List<CaseDetails.Named> people = new ArrayList<>();
        for (String id : validated(opened.caseRecord())) {
            if (!id.equals(person.employeeId())) {
                CasePeople.Person p = opened.people().get(id);
                people.add(new CaseDetails.Named(id, p == null ? id : p.displayName()));
            }
        }
        return new Choice(people, mine);
    }

    /**
     * Begins the validation; competency refuses, with the reason, one the validator may not give.
     *
     * @return the validation request's id, for the validation form
     */
    @Transactional
    public long begin(Actor actor, SignedInPerson person, String caseId, String employeeId,
            String competencyIdentifier) {
        CaseRecord c = whole(actor, person, caseId).caseRecord();
        if (employeeId == null || !validated(c).contains(employeeId)) {
            throw new BusinessRuleException("Choose the case's owner or a member of staff it names");
        }
        return competencies.validateInCase(actor, person, employeeId, competencyIdentifier, iri(c));
    }

    /** The case's opaque IRI: the LMS's IRI and the case's public id, nothing else. */
    String iri(CaseRecord c) {
        return settings.lmsIri() + "/cases/" + c.getPublicId();
    }

    private static Set<String> validated(CaseRecord c) {
        Set<String> ids = new LinkedHashSet<>();
        if (c.getOwnerEmployeeId() != null) {
            ids.add(c.getOwnerEmployeeId());
        }
        ids.addAll(c.getStaffInvolved());
        return ids;
    }

    private CaseGate.Opened whole(Actor actor, SignedInPerson person, String caseId) {
        CaseGate.Opened opened = gate.open(actor, person, caseId)
                .orElseThrow(() -> new NotFoundException(CaseWork.NOT_FOUND));
        if (opened.visibility() != Visibility.FULL) {
            throw new BusinessRuleException("Validating from a case is for those who see the whole case");
        }
        return opened;
    }
}
