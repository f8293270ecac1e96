package org.carelearn.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.platform.persistence.LikePatterns;
import org.carelearn.staff.domain.Department;
import org.carelearn.staff.domain.Department_;
import org.carelearn.staff.domain.JobRole;
import org.carelearn.staff.domain.JobRole_;
import org.carelearn.staff.domain.PersonName_;
import org.carelearn.staff.domain.StaffKey;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffMember_;
import org.carelearn.staff.domain.StaffRepository;
import org.carelearn.staff.domain.StaffSearch;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    /** Derby limits the size of an IN list in practice; larger sets are loaded in chunks of this many. */
    static final int CHUNK = 500;

    /** How many managers up one query of {@link #managersAbove} reads; a longer line takes another query. */
    static final int MANAGER_STEPS = 8;

    /** The ids of the first {@link #MANAGER_STEPS} managers above a person, in one query of left joins. */
    private static final String MANAGERS_ABOVE = managersAboveQuery();

    private static String managersAboveQuery() {
        StringBuilder select = new StringBuilder("SELECT ");
        StringBuilder from = new StringBuilder(" FROM StaffMember s");
        for (int step = 1; step <= MANAGER_STEPS; step++) {
            select.append(step == 1 ? "" : ", ").append("m").append(step).append(".employeeId");
            from.append(" LEFT JOIN ").append(step == 1 ? "s" : "m" + (step - 1)).append(".manager m").append(step);
        }
        return select.append(from).append(" WHERE s.employeeId = :employeeId").toString();
    }

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Optional<StaffMember> findByEmployeeId(String employeeId) {
        return em.createNamedQuery("StaffMember.findByEmployeeId", StaffMember.class)
                .setParameter("employeeId", employeeId).getResultStream().findFirst();
    }

    @Override
    public List<String> managersAbove(String employeeId) {
        List<String> above = new ArrayList<>();
        for (String from = employeeId; from != null; ) {
            List<Object[]> rows = em.createQuery(MANAGERS_ABOVE, Object[].class).setParameter("employeeId", from)
                    .getResultList();
            int read = 0;
            for (Object id : rows.isEmpty() ? new Object[0] : rows.get(0)) {
                if (id == null) {
                    break;
                }
                if (above.contains(id) || id.equals(employeeId)) {
                    return above; // a loop, which StaffMember.reportTo never lets in: stop rather than go round
                }
                above.add((String) id);
                read++;
            }
            // a full row may not be the top of the line: go on from its last manager
            from = read == MANAGER_STEPS ? above.get(above.size() - 1) : null;
        }
        return above;
    }

    @Override
    public Map<String, String> managerIdsOf(Collection<String> employeeIds) {
        Map<String, String> found = new HashMap<>();
        List<String> ids = List.copyOf(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("SELECT s.employeeId, m.employeeId FROM StaffMember s JOIN s.manager m"
                    + " WHERE s.employeeId IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList()
                    .forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
    }

    @Override
    public Optional<StaffMember> findByEmail(String email) {
        return em.createNamedQuery("StaffMember.findByEmail", StaffMember.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public Map<String, StaffMember> findByEmployeeIds(Collection<String> employeeIds) {
        Map<String, StaffMember> found = new HashMap<>();
        List<String> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<StaffMember> query = cb.createQuery(StaffMember.class);
            Root<StaffMember> staff = query.from(StaffMember.class);
            query.where(staff.get(StaffMember_.employeeId).in(chunk));
            // No flush before each chunk: it would compare every member the earlier chunks loaded, for nothing.
            em.createQuery(query).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(s -> found.put(s.getEmployeeId(), s));
        }
        return found;
    }

    @Override
    public List<StaffKey> keys() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StaffKey> query = cb.createQuery(StaffKey.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        Join<StaffMember, StaffMember> manager = staff.join(StaffMember_.manager, JoinType.LEFT);
        query.select(cb.construct(StaffKey.class, staff.get(StaffMember_.employeeId), staff.get(StaffMember_.email),
                manager.get(StaffMember_.employeeId), staff.get(StaffMember_.department).get(Department_.code),
                staff.get(StaffMember_.jobRole).get(JobRole_.code), staff.get(StaffMember_.active)));
        return em.createQuery(query).getResultList();
    }

    @Override
    public List<StaffMember> directReportsOf(StaffMember manager) {
        return em.createNamedQuery("StaffMember.findDirectReports", StaffMember.class)
                .setParameter("manager", manager).getResultList();
    }

    @Override
    public List<StaffMember> search(StaffSearch search, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StaffMember> query = cb.createQuery(StaffMember.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        Join<StaffMember, Department> department = staff.join(StaffMember_.department);
        Join<StaffMember, JobRole> jobRole = staff.join(StaffMember_.jobRole);
        staff.fetch(StaffMember_.manager, JoinType.LEFT);
        query.select(staff).where(matching(cb, staff, department, jobRole, search));
        Path<String> familyName = staff.get(StaffMember_.name).get(PersonName_.familyName);
        Expression<?> key = switch (search.sort()) {
            case EMPLOYEE_ID -> staff.get(StaffMember_.employeeId);
            case NAME -> familyName;
            case EMAIL -> staff.get(StaffMember_.email);
            case DEPARTMENT -> department.get(Department_.name);
            case JOB_ROLE -> jobRole.get(JobRole_.title);
            case HIRE_DATE -> staff.get(StaffMember_.hireDate);
        };
        // Names sort as "Family, Given"; the employee id breaks remaining ties, so that paging never shows a
        // person twice or skips one.
        Path<String> givenName = staff.get(StaffMember_.name).get(PersonName_.givenName);
        Path<String> employeeId = staff.get(StaffMember_.employeeId);
        List<Expression<?>> order = search.sort() == StaffSearch.Sort.NAME ? List.of(key, givenName, employeeId)
                : List.of(key, employeeId);
        query.orderBy(order.stream().map(e -> search.ascending() ? cb.asc(e) : cb.desc(e)).toList());
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(StaffSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<StaffMember> staff = query.from(StaffMember.class);
        Join<StaffMember, Department> department = staff.join(StaffMember_.department);
        Join<StaffMember, JobRole> jobRole = staff.join(StaffMember_.jobRole);
        query.select(cb.count(staff)).where(matching(cb, staff, department, jobRole, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<StaffMember> staff,
            Join<StaffMember, Department> department, Join<StaffMember, JobRole> jobRole, StaffSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (hasText(search.employeeId())) {
            where.add(cb.like(cb.lower(staff.get(StaffMember_.employeeId)),
                    LikePatterns.startsWith(search.employeeId()), LikePatterns.ESCAPE));
        }
        if (hasText(search.name())) {
            String pattern = LikePatterns.contains(search.name());
            where.add(cb.or(
                    cb.like(cb.lower(staff.get(StaffMember_.name).get(PersonName_.familyName)), pattern,
                            LikePatterns.ESCAPE),
                    cb.like(cb.lower(staff.get(StaffMember_.name).get(PersonName_.givenName)), pattern,
                            LikePatterns.ESCAPE)));
        }
        if (hasText(search.email())) {
            where.add(cb.like(staff.get(StaffMember_.email), LikePatterns.contains(search.email()),
                    LikePatterns.ESCAPE));
        }
        if (hasText(search.departmentCode())) {
            where.add(cb.equal(department.get(Department_.code), search.departmentCode()));
        }
        if (hasText(search.jobRoleCode())) {
            where.add(cb.equal(jobRole.get(JobRole_.code), search.jobRoleCode()));
        }
        if (search.active() != null) {
            where.add(search.active() ? cb.isTrue(staff.get(StaffMember_.active))
                    : cb.isFalse(staff.get(StaffMember_.active)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public long countActive() {
        return em.createNamedQuery("StaffMember.countActive", Long.class).getSingleResult();
    }

    @Override
    public Map<String, Long> activeCountByDepartment() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery("StaffMember.countActiveByDepartment", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public void add(StaffMember staffMember) {
        em.persist(staffMember);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
