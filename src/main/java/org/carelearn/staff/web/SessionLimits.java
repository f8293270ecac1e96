package org.carelearn.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.SignIns;
import org.carelearn.staff.domain.SessionClock;
import org.carelearn.staff.domain.SessionClock.Expiry;

/**
 * Automatic logoff (HIPAA 45 CFR 164.312(a)(2)(iii)): a signed-in session ends after the idle limit without a
 * request (carelearn.session.idle-limit, 15 minutes) and at the absolute limit however active
 * (carelearn.session.absolute-limit, 12 hours). The server decides; the page's warning
 * (resources/carelearn/idle-logoff.js) asks {@link SessionStatus}, which does not count as activity, so a
 * page left open does not keep itself alive. A session whose account's password changed, or whose account was
 * deactivated, after the session began ends at its next request: {@link ActiveSessions} knows this server's
 * sessions of the account at once, and the account as stored ({@link SignIns#sessionMustEnd}) tells every server
 * of a cluster, so a change made on one node ends the person's sessions on the others too.
 */
@WebFilter(urlPatterns = "/*")
public class SessionLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CLOCK = SessionClock.class.getName();
    /** When this session's access began: its first signed-in request, or the password change it made itself. */
    static final String ACCESS_SINCE = SessionLimits.class.getName() + ".accessSince";
    /** The container keeps an idle session a little longer than CareLearn, which ends it first and says why. */
    private static final Duration CONTAINER_GRACE = Duration.ofMinutes(1);

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    @Inject
    private SignIns signIns;

    @Inject
    private ActiveSessions activeSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getRemoteUser();
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        Instant now = time.now();
        SessionClock clock = (SessionClock) session.getAttribute(CLOCK);
        if (clock == null) {
            clock = new SessionClock(now);
            session.setAttribute(CLOCK, clock);
            session.setAttribute(ACCESS_SINCE, now);
            session.setMaxInactiveInterval((int) settings.idleLimit().plus(CONTAINER_GRACE).toSeconds());
        }
        // On every request, not only the first: a session that another node of a cluster began (and that moved
        // here when that node died) is then known here too
        activeSessions.signedIn(username, session);
        String revoked = activeSessions.revoked(session);
        if (revoked != null) {
            end(request, response, "revoked", null);
            return;
        }
        Instant since = (Instant) session.getAttribute(ACCESS_SINCE);
        Optional<String> mustEnd = signIns.sessionMustEnd(username, since == null ? now : since);
        if (mustEnd.isPresent()) {
            end(request, response, "revoked", mustEnd.get());
            return;
        }
        Optional<Expiry> expiry = clock.expiry(now, settings.idleLimit(), settings.absoluteSessionLimit());
        if (expiry.isPresent()) {
            boolean idle = expiry.get() == Expiry.IDLE;
            end(request, response, idle ? "idle" : "limit", idle
                    ? "automatic logoff after " + minutes(settings.idleLimit()) + " without activity"
                    : "session reached its limit of " + minutes(settings.absoluteSessionLimit()));
            return;
        }
        if (!SessionStatus.isQuestion(request)) {
            clock.touch(now);
        }
        chain.doFilter(request, response);
    }

    /** Time left in this request's session before it ends without further activity. */
    static Duration remaining(HttpSession session, Instant now, Settings settings) {
        SessionClock clock = (SessionClock) session.getAttribute(CLOCK);
        return clock == null ? settings.idleLimit()
                : clock.remaining(now, settings.idleLimit(), settings.absoluteSessionLimit());
    }

    /** Ends the session inside its own request; {@code why} goes to the audit trail (null: audited already). */
    private void end(HttpServletRequest request, HttpServletResponse response, String reason, String why)
            throws IOException, ServletException {
        if (why != null) {
            signIns.recordSessionEnded(new Actor(request.getRemoteUser(), request.getRemoteAddr()), why);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String signIn = request.getContextPath() + "/signin.xhtml?ended=" + reason;
        if (SessionStatus.isQuestion(request)) {
            SessionStatus.writeSignedOut(response, signIn);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }

    /** A duration in the words the sign-in page and the audit trail use: "15 minutes", "12 hours". */
    static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.toSeconds() + " seconds";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
