package org.carelearn.staff.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.AccountAccessRevoked;
import org.carelearn.staff.application.SignIns;

/**
 * The signed-in sessions of each account on this server, so that they can be ended when the account's password
 * changes or the account is deactivated. On a cluster (deployments/cluster/) this is each node's own list of the
 * sessions it served, a session that moved here after a fail-over included ({@link SessionLimits} adds it at each
 * request); the person's sessions that another node serves end there through the account as stored
 * ({@link SessionLimits}). The session that made the change stays: a person who changes their own password stays
 * signed in there, and only there (its access is counted from the change). A revoked session is ended by {@link SessionLimits} at its very next request, inside
 * that request; until then it can do nothing.
 */
@ApplicationScoped
public class ActiveSessions {

    private final ConcurrentMap<String, Set<String>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, String> revokedWhy = new ConcurrentHashMap<>();

    @Inject
    private SignIns signIns;

    @Inject
    private HttpServletRequest request;

    @Inject
    private HospitalTime time;

    void signedIn(String username, HttpSession session) {
        byAccount.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session.getId());
    }

    void ended(HttpSession session) {
        String id = session.getId();
        revokedWhy.remove(id);
        byAccount.values().forEach(ids -> ids.remove(id));
        byAccount.values().removeIf(Set::isEmpty);
    }

    /** Why this session may no longer be used, if it was revoked. */
    String revoked(HttpSession session) {
        return revokedWhy.get(session.getId());
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountAccessRevoked revoked) {
        String keep = currentSessionId();
        keepOwnSession(revoked.username());
        List<String> others = byAccount.getOrDefault(revoked.username(), Set.of()).stream()
                .filter(id -> !id.equals(keep) && !revokedWhy.containsKey(id)).toList();
        others.forEach(id -> revokedWhy.put(id, revoked.reason()));
        if (!others.isEmpty()) {
            signIns.recordSessionsEnded(actor(), revoked.username(), others.size(), revoked.reason());
        }
    }

    /** The account's own session that made the change goes on: its access counts from now, after the change. */
    private void keepOwnSession(String username) {
        try {
            HttpSession session = request.getSession(false);
            if (session != null && username.equalsIgnoreCase(request.getRemoteUser())) {
                session.setAttribute(SessionLimits.ACCESS_SINCE, time.now());
            }
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // a change made outside any request (the HR feed's job) keeps no session
        }
    }

    private String currentSessionId() {
        try {
            HttpSession session = request.getSession(false);
            return session == null ? null : session.getId();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private Actor actor() {
        try {
            String user = request.getRemoteUser();
            return user == null ? Actor.system() : new Actor(user, request.getRemoteAddr());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Actor.system();
        }
    }
}
