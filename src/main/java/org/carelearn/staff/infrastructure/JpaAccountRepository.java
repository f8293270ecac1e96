package org.carelearn.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.AccountRepository;
import org.carelearn.staff.domain.Account_;
import org.carelearn.staff.domain.SessionValidity;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffMember_;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<SessionValidity> sessionValidity(String username) {
        // a projection is read from the database, never from a cache: another server may have made the change
        return em.createQuery("SELECT NEW org.carelearn.staff.domain.SessionValidity(a.active, a.passwordChangedAt)"
                + " FROM Account a WHERE a.username = :username", SessionValidity.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findByStaffMember(StaffMember staffMember) {
        return em.createNamedQuery("Account.findByStaffMember", Account.class)
                .setParameter("staffMember", staffMember).getResultStream().findFirst();
    }

    @Override
    public Map<String, Account> findByEmployeeIds(Collection<String> employeeIds) {
        Map<String, Account> found = new HashMap<>();
        List<String> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += JpaStaffRepository.CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + JpaStaffRepository.CHUNK));
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Account> query = cb.createQuery(Account.class);
            Root<Account> account = query.from(Account.class);
            Join<Account, StaffMember> staff = account.join(Account_.staffMember);
            query.where(staff.get(StaffMember_.employeeId).in(chunk));
            // No flush before each chunk (see JpaStaffRepository.findByEmployeeIds)
            em.createQuery(query).setFlushMode(FlushModeType.COMMIT).getResultList()
                    .forEach(a -> found.put(a.getStaffMember().getEmployeeId(), a));
        }
        return found;
    }

    @Override
    public Set<String> usernames() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        query.select(query.from(Account.class).get(Account_.username));
        return new HashSet<>(em.createQuery(query).getResultList());
    }

    @Override
    public long countAwaitingPassword() {
        return em.createNamedQuery("Account.countAwaitingPassword", Long.class).getSingleResult();
    }

    @Override
    public List<Account> findLocked(Instant now) {
        return em.createNamedQuery("Account.findLocked", Account.class).setParameter("now", now).getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }
}
