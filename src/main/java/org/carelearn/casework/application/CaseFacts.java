package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.casework.domain.CaseCategory;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.CompetencyLink;

/**
 * Casework's published query for counting cases elsewhere (reporting's complaints against training): the facts
 * of cases without the patient, the category taxonomy, and which competencies each category needs. Other contexts
 * read these, never casework's tables.
 */
@ApplicationScoped
public class CaseFacts {

    /** Reads the facts of cases in one query per slice of ids (or of every case). */
    public interface Reader {

        /** The facts of these cases (by opaque id); ids of no case are left out. */
        List<CaseFact> of(Collection<String> caseIds);

        /** The facts of every case. */
        List<CaseFact> all();
    }

    @Inject
    private Reader reader;

    @Inject
    private CaseRepository cases;

    public List<CaseFact> of(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : reader.of(caseIds);
    }

    public List<CaseFact> all() {
        return reader.all();
    }

    /** Category code to name, in the taxonomy's order; a retired category says so (cases keep it). */
    public Map<String, String> categories() {
        Map<String, String> names = new LinkedHashMap<>();
        for (CaseCategory c : cases.categories()) {
            names.put(c.getCode(), c.getName() + (c.isActive() ? "" : " (retired)"));
        }
        return names;
    }

    /** Category code to the identifiers of the competencies it needs (the links of every grievance left out). */
    public Map<String, List<String>> competenciesByCategory() {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (CompetencyLink link : cases.competencyLinks()) {
            if (!CompetencyLink.ANY_GRIEVANCE.equals(link.getAppliesTo())) {
                needs.computeIfAbsent(link.getAppliesTo(), k -> new ArrayList<>()).add(link.getCompetencyIdentifier());
            }
        }
        return needs;
    }
}
