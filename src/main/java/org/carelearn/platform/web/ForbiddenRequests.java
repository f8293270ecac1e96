package org.carelearn.platform.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.security.AccessForbidden;
import org.carelearn.platform.security.Actor;

/**
 * Announces every 403 CareLearn answers with its error page, whether the container refused the URL by role
 * (web.xml: a learner asking for {@code /admin/...}) or a page refused the person (a worklist for someone who
 * validates nothing), so the audit trail holds each refused look (HIPAA 164.312(b)). A page that recorded the
 * refusal itself, in more telling words, marks the request ({@link AuditedRefusal}) and is not recorded twice.
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ForbiddenRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ForbiddenRequests.class.getName());

    @Inject
    private Event<AccessForbidden> forbidden;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (AuditedRefusal.isMarked(request)) {
            chain.doFilter(request, response);
            return;
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String user = request.getRemoteUser();
        try {
            forbidden.fire(new AccessForbidden(new Actor(user == null ? "anonymous" : user,
                    request.getRemoteAddr()), path == null ? request.getRequestURI() : path.toString()));
        } catch (RuntimeException e) {
            // the person still gets their 403 page; the failure to record it is in the server's log
            LOG.log(Level.WARNING, "A refused request could not be put in the audit trail", e);
        }
        chain.doFilter(request, response);
    }
}
