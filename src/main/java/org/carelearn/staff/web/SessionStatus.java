package org.carelearn.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.time.HospitalTime;

/**
 * What the page's idle warning asks: {@code GET /session/status} answers the seconds left before automatic
 * logoff without counting as activity (so several open tabs agree, and a page left open does not keep the
 * session alive); {@code POST} is the person choosing to stay signed in, which counts as activity. A session
 * that is over answers {@code {"signedIn":false,...}} with the sign-in page's address.
 */
@WebServlet("/session/status")
public class SessionStatus extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/session/status";

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    static boolean isQuestion(HttpServletRequest request) {
        return PATH.equals(request.getServletPath()) && "GET".equals(request.getMethod());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (request.getRemoteUser() == null || session == null) {
            writeSignedOut(response, request.getContextPath() + "/signin.xhtml");
            return;
        }
        // Whole seconds, rounded up: rounded down, a page would warn (and a person be asked) a second early.
        long left = (SessionLimits.remaining(session, time.now(), settings).toMillis() + 999) / 1000;
        json(response, "{\"signedIn\":true,\"secondsLeft\":" + left + ",\"warningSeconds\":"
                + settings.idleWarning().toSeconds() + "}");
    }

    static void writeSignedOut(HttpServletResponse response, String signInPage) throws IOException {
        json(response, "{\"signedIn\":false,\"signIn\":\"" + signInPage.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
