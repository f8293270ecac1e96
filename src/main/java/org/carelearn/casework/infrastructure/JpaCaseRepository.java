package org.carelearn.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carelearn.casework.domain.CaseCategory;
import org.carelearn.casework.domain.CaseGap;
import org.carelearn.casework.domain.CompetencyLink;
import org.carelearn.casework.domain.CaseFilter;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRecord_;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.CaseStatus;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** Case records through named queries, and the filtered list through the typed Criteria metamodel. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    /** Derby caps the parameters of one statement; large IN lists go in slices. */
    private static final int SLICE = 500;

    /** From this many numbers on, the known ones are read first (one pass over the index) instead of each asked. */
    private static final int LOOK_UP_ALL_FROM = 200;

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public void add(CaseRecord caseRecord) {
        em.persist(caseRecord);
    }

    @Override
    public Optional<CaseRecord> byPublicId(String publicId) {
        return em.createNamedQuery("CaseRecord.byPublicId", CaseRecord.class).setParameter("publicId", publicId)
                .getResultStream().findFirst();
    }

    /**
     * Each known case by its number through the unique index; its categories and staff then load by the case's
     * key, as the comparison reads them. Slices of {@code EXTERNAL_NUMBER IN (500 markers)} read the same cases,
     * but Derby answered each slice with a scan of the whole table (the plan it compiled while the table was small
     * stays in its statement cache): four fifths of a 10,000-row re-import (CaseImportBench, README "Case
     * records"). Fetching the collections joined in the same statement was worse: Derby hashed the whole collection
     * table for each case. A large file first reads which numbers are known at all (one pass over the index), so
     * that its new rows cost no look-up.
     */
    @Override
    public Map<String, CaseRecord> byExternalNumbers(Collection<String> numbers) {
        Collection<String> known = numbers.size() > LOOK_UP_ALL_FROM ? known(numbers) : numbers;
        TypedQuery<CaseRecord> one = em.createNamedQuery("CaseRecord.byExternalNumber", CaseRecord.class)
                .setFlushMode(FlushModeType.COMMIT);
        Map<String, CaseRecord> found = new HashMap<>();
        for (String number : known) {
            one.setParameter("number", number).getResultList().stream().findFirst()
                    .ifPresent(c -> found.put(number, c));
        }
        return found;
    }

    private Collection<String> known(Collection<String> numbers) {
        Set<String> known = new HashSet<>(em.createNamedQuery("CaseRecord.externalNumbers", String.class)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
        known.retainAll(numbers);
        return known;
    }

    @Override
    public void letGo(CaseRecord caseRecord) {
        em.detach(caseRecord);
    }

    @Override
    public Set<String> externalNumbers() {
        return new HashSet<>(em.createNamedQuery("CaseRecord.externalNumbers", String.class).getResultList());
    }

    @Override
    public List<CaseRecord> search(CaseFilter filter, int max) {
        // A reach too long for one IN list (a chief's whole line) is applied after the query instead.
        boolean reachInQuery = filter.reach() != null && filter.reach().size() <= SLICE;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CaseRecord> query = cb.createQuery(CaseRecord.class);
        Root<CaseRecord> c = query.from(CaseRecord.class);
        List<Predicate> where = new ArrayList<>();
        if (filter.departmentCode() != null) {
            where.add(cb.equal(c.get(CaseRecord_.departmentCode), filter.departmentCode()));
        }
        if (filter.ownerEmployeeId() != null) {
            where.add(cb.equal(c.get(CaseRecord_.ownerEmployeeId), filter.ownerEmployeeId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(c.get(CaseRecord_.status), filter.status()));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(c.get(CaseRecord_.kind), filter.kind()));
        }
        if (filter.openOnly()) {
            where.add(cb.notEqual(c.get(CaseRecord_.status), CaseStatus.CLOSED));
        }
        if (reachInQuery) {
            Join<CaseRecord, String> involved = c.join(CaseRecord_.staffInvolved, JoinType.LEFT);
            where.add(cb.or(c.get(CaseRecord_.ownerEmployeeId).in(filter.reach()), involved.in(filter.reach())));
            query.distinct(true);
        }
        query.select(c).where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(c.get(CaseRecord_.receivedOn)), cb.desc(c.get(CaseRecord_.id)));
        List<CaseRecord> found = batched(em.createQuery(query), "c").setMaxResults(filter.reach() != null && !reachInQuery
                ? Integer.MAX_VALUE : max).getResultList();
        if (filter.reach() == null || reachInQuery) {
            return found;
        }
        return found.stream().filter(r -> filter.reach().contains(r.getOwnerEmployeeId())
                || r.getStaffInvolved().stream().anyMatch(filter.reach()::contains)).limit(max).toList();
    }

    /**
     * Reads the categories and staff of all the cases a query returns in one query each (EclipseLink's batch
     * reading with IN), not one per case: importing 10,000 known cases otherwise spent its time on 20,000 small
     * queries (CaseImportBench, README "Case records").
     */
    private static <T> TypedQuery<T> batched(TypedQuery<T> query, String alias) {
        return query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, alias + ".categories")
                .setHint(QueryHints.BATCH, alias + ".staffInvolved");
    }

    @Override
    public List<CaseCategory> categories() {
        return em.createNamedQuery("CaseCategory.all", CaseCategory.class).getResultList();
    }

    @Override
    public Optional<CaseCategory> category(String code) {
        return Optional.ofNullable(em.find(CaseCategory.class, code));
    }

    @Override
    public void add(CaseCategory category) {
        em.persist(category);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<CompetencyLink> competencyLinks() {
        return em.createNamedQuery("CompetencyLink.all", CompetencyLink.class).getResultList();
    }

    @Override
    public void add(CompetencyLink link) {
        em.persist(link);
    }

    @Override
    public void remove(CompetencyLink link) {
        em.remove(em.contains(link) ? link : em.merge(link));
    }

    @Override
    public List<CaseGap> gapsOf(CaseRecord caseRecord) {
        return em.createNamedQuery("CaseGap.ofCase", CaseGap.class).setParameter("caseId", caseRecord.getId())
                .getResultList();
    }

    @Override
    public Optional<CaseGap> gap(long id) {
        return Optional.ofNullable(em.find(CaseGap.class, id));
    }

    @Override
    public void add(CaseGap gap) {
        em.persist(gap);
    }
}
