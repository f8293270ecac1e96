package org.carelearn.assignment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.assignment.domain.Assignment;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.Curriculum;
import org.carelearn.assignment.domain.Waiver;

/** Rules, curricula and assignments through JPA named queries. */
@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    /** Derby (and most databases) cap the parameters of one statement; large IN lists go in slices. */
    private static final int SLICE = 500;

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Inject
    private PersonLockRows lockRows;

    @Override
    public void add(Curriculum curriculum) {
        em.persist(curriculum);
    }

    @Override
    public Optional<Curriculum> curriculum(long id) {
        return Optional.ofNullable(em.find(Curriculum.class, id));
    }

    @Override
    public List<Curriculum> curricula() {
        return em.createNamedQuery("Curriculum.all", Curriculum.class).getResultList();
    }

    @Override
    public void add(AssignmentRule rule) {
        em.persist(rule);
    }

    @Override
    public Optional<AssignmentRule> rule(long id) {
        return Optional.ofNullable(em.find(AssignmentRule.class, id));
    }

    @Override
    public List<AssignmentRule> activeRules() {
        return em.createNamedQuery("AssignmentRule.active", AssignmentRule.class).getResultList();
    }

    @Override
    public List<AssignmentRule> rules(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sliced(List.copyOf(ids), slice -> em.createNamedQuery("AssignmentRule.byIds", AssignmentRule.class)
                .setParameter("ids", slice).getResultList());
    }

    @Override
    public long countRules() {
        return em.createNamedQuery("AssignmentRule.count", Long.class).getSingleResult();
    }

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
    }

    @Override
    public List<Assignment> activeAssignmentsOf(String employeeId) {
        return em.createNamedQuery("Assignment.activeOf", Assignment.class).setParameter("employeeId", employeeId)
                .getResultList();
    }

    @Override
    public List<Assignment> activeAssignmentsOf(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return sliced(List.copyOf(employeeIds), slice -> em.createNamedQuery("Assignment.activeOfAll",
                Assignment.class).setParameter("employeeIds", slice).getResultList());
    }

    @Override
    public List<Assignment> assignmentsOf(String employeeId) {
        return em.createNamedQuery("Assignment.allOf", Assignment.class).setParameter("employeeId", employeeId)
                .getResultList();
    }

    @Override
    public List<Assignment> activeAssignmentsOfRule(long ruleId) {
        return em.createNamedQuery("Assignment.activeOfRule", Assignment.class).setParameter("ruleId", ruleId)
                .getResultList();
    }

    @Override
    public Map<Long, Long> peopleReachedByRule() {
        return em.createNamedQuery("Assignment.peopleReachedByRule", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    @Override
    public List<String> peopleWithActiveAssignments() {
        return em.createNamedQuery("Assignment.peopleWithActive", String.class).getResultList();
    }

    @Override
    public void add(Waiver waiver) {
        em.persist(waiver);
    }

    @Override
    public Optional<Waiver> waiver(long id) {
        return Optional.ofNullable(em.find(Waiver.class, id));
    }

    @Override
    public List<Waiver> waiversOf(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return sliced(List.copyOf(employeeIds), slice -> em.createNamedQuery("Waiver.ofPeople", Waiver.class)
                .setParameter("employeeIds", slice).getResultList());
    }

    @Override
    public void lockPeople(Collection<String> employeeIds, Instant now) {
        // Sorted, so that two transactions locking overlapping groups take the rows in the same order.
        List<String> ids = employeeIds.stream().distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            List<String> missing = missingLockRows(ids);
            if (missing.isEmpty()) {
                break;
            }
            try {
                lockRows.insert(missing);
            } catch (RuntimeException e) {
                // Another re-evaluation made one of these rows meanwhile: read again which are missing.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        // One row by its key at a time, in sorted order, as one batch: Derby ran "UPDATE ... WHERE EMPLOYEE_ID IN
        // (...)" as a scan of the whole table, and PostgreSQL locked such rows in storage order and deadlocked.
        lockRows.lock(ids, now);
    }

    private List<String> missingLockRows(List<String> ids) {
        Set<String> present = new HashSet<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            Query select = em.createNativeQuery("SELECT EMPLOYEE_ID FROM ASSIGNMENT_PERSON WHERE EMPLOYEE_ID IN ("
                    + placeholders(slice.size()) + ")");
            for (int i = 0; i < slice.size(); i++) {
                select.setParameter(i + 1, slice.get(i));
            }
            for (Object id : select.getResultList()) {
                present.add(id.toString());
            }
        }
        return ids.stream().filter(id -> !present.contains(id)).toList();
    }

    /** "?, ?, ?": parameter markers only; the values are always bound, never written into the SQL. */
    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static <K, T> List<T> sliced(List<K> keys, java.util.function.Function<List<K>, List<T>> query) {
        if (keys.size() <= SLICE) {
            return query.apply(keys);
        }
        List<T> all = new java.util.ArrayList<>();
        for (int from = 0; from < keys.size(); from += SLICE) {
            all.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + SLICE))));
        }
        return all;
    }
}
