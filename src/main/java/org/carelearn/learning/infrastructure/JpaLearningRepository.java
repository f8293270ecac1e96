package org.carelearn.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LaunchSession;
import org.carelearn.learning.domain.Learner;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.learning.domain.PendingReevaluation;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
public class JpaLearningRepository implements LearningRepository {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Override
    public Optional<Learner> learner(String employeeId) {
        return Optional.ofNullable(em.find(Learner.class, employeeId));
    }

    @Override
    public void add(Learner learner) {
        em.persist(learner);
        // Enrolments refer to the learner by key, not by a mapped relation, so EclipseLink would not know
        // to insert the learner first: write it now.
        em.flush();
    }

    @Override
    public List<Learner> learnersByAccountNames(Collection<String> accountNames) {
        if (accountNames.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Learner.findByAccountNames", Learner.class)
                .setParameter("accountNames", List.copyOf(accountNames)).getResultList();
    }

    @Override
    public Optional<Enrolment> enrolment(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public Optional<Enrolment> lockedEnrolment(long id) {
        // A query, not em.find, as lockedSession: the lock must be Derby's FOR UPDATE on the row
        return em.createNamedQuery("Enrolment.findById", Enrolment.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> enrolmentByRegistration(String registration) {
        return first(em.createNamedQuery("Enrolment.findByRegistration", Enrolment.class)
                .setParameter("registration", registration));
    }

    @Override
    public List<Enrolment> enrolmentsOf(String employeeId) {
        return em.createNamedQuery("Enrolment.findByLearner", Enrolment.class).setParameter("employeeId", employeeId)
                .getResultList();
    }

    @Override
    public List<Enrolment> enrolmentsOf(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        // A read-only query reads the database, not this persistence context, and skips the flush before it:
        // flush this transaction's changes first, and build every row afresh rather than take one read earlier.
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return em.createNamedQuery("Enrolment.findByLearners", Enrolment.class)
                .setParameter("employeeIds", List.copyOf(employeeIds)).setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setHint(QueryHints.REFRESH, HintValues.TRUE).getResultList();
    }

    @Override
    public Optional<Enrolment> openEnrolment(String employeeId, String courseIri) {
        return first(em.createNamedQuery("Enrolment.findOpen", Enrolment.class).setParameter("employeeId", employeeId)
                .setParameter("courseIri", courseIri));
    }

    @Override
    public void add(Enrolment enrolment) {
        em.persist(enrolment);
    }

    @Override
    public Optional<LaunchSession> session(String sessionId) {
        return first(em.createNamedQuery("LaunchSession.findBySessionId", LaunchSession.class)
                .setParameter("sessionId", sessionId));
    }

    @Override
    public Optional<LaunchSession> lockedSession(String sessionId) {
        // Not row-limited: limited with FETCH FIRST, the query took no FOR UPDATE lock on Derby (Cmi5LaunchIT)
        return em.createNamedQuery("LaunchSession.findBySessionId", LaunchSession.class)
                .setParameter("sessionId", sessionId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
    }

    @Override
    public List<LaunchSession> activeSessions(Enrolment enrolment) {
        return em.createNamedQuery("LaunchSession.findActiveInRegistration", LaunchSession.class)
                .setParameter("enrolment", enrolment).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<LaunchSession> sessionsOf(Enrolment enrolment) {
        return em.createNamedQuery("LaunchSession.findByEnrolment", LaunchSession.class)
                .setParameter("enrolment", enrolment).getResultList();
    }

    @Override
    public Optional<PendingReevaluation> pendingReevaluation(long enrolmentId) {
        return Optional.ofNullable(em.find(PendingReevaluation.class, enrolmentId));
    }

    @Override
    public List<PendingReevaluation> reevaluationsDueSince(Instant before) {
        return em.createNamedQuery("PendingReevaluation.dueSince", PendingReevaluation.class)
                .setParameter("before", before).getResultList();
    }

    @Override
    public void add(PendingReevaluation pending) {
        em.persist(pending);
    }

    @Override
    public void remove(PendingReevaluation pending) {
        em.remove(pending);
    }

    @Override
    public List<LaunchSession> activeSessionsLaunchedBefore(Instant before) {
        return em.createNamedQuery("LaunchSession.findActiveLaunchedBefore", LaunchSession.class)
                .setParameter("before", before).getResultList();
    }

    @Override
    public void add(LaunchSession session) {
        em.persist(session);
    }

    @Override
    public Optional<Certificate> certificate(String code) {
        return first(em.createNamedQuery("Certificate.findByCode", Certificate.class).setParameter("code", code));
    }

    @Override
    public Optional<Certificate> certificateOf(long enrolmentId) {
        return first(em.createNamedQuery("Certificate.findByEnrolment", Certificate.class)
                .setParameter("enrolmentId", enrolmentId));
    }

    @Override
    public List<Certificate> certificatesOf(String employeeId) {
        return em.createNamedQuery("Certificate.findByLearner", Certificate.class)
                .setParameter("employeeId", employeeId).getResultList();
    }

    @Override
    public List<Certificate> certificatesOf(java.util.Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Certificate.findByLearners", Certificate.class)
                .setParameter("employeeIds", List.copyOf(employeeIds)).getResultList();
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
