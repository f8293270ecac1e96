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
import org.carelearn.platform.security.Actor;
import org.carelearn.staff.application.SignIns;

/**
 * Sees every request of a signed-in session. On the first one after Elytron accepted the password it
 * records the sign-in (audit, failure count reset) and remembers who it is; while the person still has
 * a temporary password, every page except the password page (and its REST twin) sends them there.
 */
@WebFilter(urlPatterns = "/*")
public class SignInRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RECORDED = SignInRecorder.class.getName() + ".recorded";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** PUT /api/me/password, the REST way to replace a temporary password: servlet path and path info. */
    private static final String PASSWORD_API = "/api";
    private static final String PASSWORD_API_PATH = "/me/password";

    @Inject
    private SignIns signIns;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getRemoteUser();
        if (username != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(RECORDED) == null) {
                session.setAttribute(RECORDED, Boolean.TRUE);
                signIns.recordSuccess(new Actor(username, request.getRemoteAddr())).ifPresent(currentUser::signedIn);
            }
            if (currentUser.isMustChangePassword() && !mayPassWithTemporaryPassword(request)) {
                // It may have been changed since, over REST (PUT /api/me/password): ask the account again.
                signIns.current(username).ifPresent(currentUser::signedIn);
                if (currentUser.isMustChangePassword()) {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean mayPassWithTemporaryPassword(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(PASSWORD_PAGE) || path.equals(SessionStatus.PATH) || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.startsWith("/error/")
                || path.equals(PASSWORD_API) && PASSWORD_API_PATH.equals(request.getPathInfo());
    }
}
