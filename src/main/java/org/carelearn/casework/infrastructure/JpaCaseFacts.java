package org.carelearn.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.casework.application.CaseFact;
import org.carelearn.casework.application.CaseFacts;
import org.carelearn.casework.domain.CaseKind;

/**
 * The facts of cases as one projection (a row per case and category), never whole case records: a re-count of
 * 50,000 cases must not load their histories.
 */
@ApplicationScoped
public class JpaCaseFacts implements CaseFacts.Reader {

    /** Derby caps the parameters of one statement; large IN lists go in slices. */
    private static final int SLICE = 500;
    private static final String SELECT = "SELECT c.publicId, c.kind, c.departmentCode, c.receivedOn, k"
            + " FROM CaseRecord c LEFT JOIN c.categories k";

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public List<CaseFact> of(Collection<String> caseIds) {
        List<String> ids = new ArrayList<>(caseIds);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += SLICE) {
            rows.addAll(em.createQuery(SELECT + " WHERE c.publicId IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + SLICE))).getResultList());
        }
        return facts(rows);
    }

    @Override
    public List<CaseFact> all() {
        TypedQuery<Object[]> query = em.createQuery(SELECT, Object[].class);
        return facts(query.getResultList());
    }

    private static List<CaseFact> facts(List<Object[]> rows) {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            cases.putIfAbsent(id, row);
            List<String> mine = categories.computeIfAbsent(id, k -> new ArrayList<>());
            if (row[4] != null) {
                mine.add((String) row[4]);
            }
        }
        List<CaseFact> facts = new ArrayList<>(cases.size());
        cases.forEach((id, row) -> facts.add(new CaseFact(id, ((CaseKind) row[1]).name(), (String) row[2],
                (LocalDate) row[3], categories.get(id).stream().sorted().toList())));
        return facts;
    }
}
