package org.carelearn.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carelearn.notification.domain.MailPreference;
import org.carelearn.notification.domain.MailPreference_;
import org.carelearn.notification.domain.MailState;
import org.carelearn.notification.domain.MailStore;
import org.carelearn.notification.domain.OutgoingMail;

/** Messages and preferences in OUTGOING_MAIL and MAIL_PREFERENCE. */
@ApplicationScoped
public class JpaMailStore implements MailStore {

    /** Keys per IN list: well below what Derby and PostgreSQL take in one statement. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Set<String> claimedAmong(Collection<String> claimKeys) {
        Set<String> claimed = new HashSet<>();
        List<String> keys = new ArrayList<>(claimKeys);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            claimed.addAll(em.createNamedQuery("OutgoingMail.keysAmong", String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK))).getResultList());
        }
        return claimed;
    }

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public int take(String lease, Instant now, Instant leaseEnds) {
        return em.createNamedQuery("OutgoingMail.take").setParameter("sending", MailState.SENDING)
                .setParameter("lease", lease).setParameter("leaseEnds", leaseEnds)
                .setParameter("waiting", List.of(MailState.WAITING, MailState.RETRYING, MailState.SENDING))
                .setParameter("now", now).executeUpdate();
    }

    @Override
    public List<Long> taken(String lease) {
        return em.createNamedQuery("OutgoingMail.taken", Long.class).setParameter("lease", lease)
                .setParameter("sending", MailState.SENDING).getResultList();
    }

    @Override
    public List<OutgoingMail> mails(Collection<Long> ids) {
        List<OutgoingMail> found = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createNamedQuery("OutgoingMail.byIds", OutgoingMail.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    @Override
    public List<OutgoingMail> newestFirst(int first, int max) {
        return em.createNamedQuery("OutgoingMail.newestFirst", OutgoingMail.class).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("OutgoingMail.count", Long.class).getSingleResult();
    }

    @Override
    public List<OutgoingMail> to(String employeeId) {
        return em.createNamedQuery("OutgoingMail.ofRecipient", OutgoingMail.class)
                .setParameter("employeeId", employeeId).getResultList();
    }

    @Override
    public Optional<MailPreference> preference(String employeeId) {
        return Optional.ofNullable(em.find(MailPreference.class, employeeId));
    }

    @Override
    public void add(MailPreference preference) {
        em.persist(preference);
    }

    @Override
    public Set<String> remindersOffAmong(Collection<String> employeeIds) {
        Set<String> off = new HashSet<>();
        List<String> ids = new ArrayList<>(employeeIds);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            CriteriaQuery<String> query = cb.createQuery(String.class);
            Root<MailPreference> preference = query.from(MailPreference.class);
            query.select(preference.get(MailPreference_.employeeId)).where(
                    preference.get(MailPreference_.employeeId)
                            .in(ids.subList(from, Math.min(ids.size(), from + CHUNK))),
                    cb.isTrue(preference.get(MailPreference_.remindersOff)));
            off.addAll(em.createQuery(query).getResultList());
        }
        return off;
    }
}
