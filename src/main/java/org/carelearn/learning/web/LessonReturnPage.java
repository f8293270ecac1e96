package org.carelearn.learning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.web.ContentOriginGate;

/**
 * /lesson-return/{sessionId} on the content origin: the returnURL of an AU in the player's frame (cmi5
 * 10.2.6). The frame is sandboxed, so the AU cannot take the window back to CareLearn itself, and a
 * CareLearn page loaded inside the sandbox would have no session. This page only tells the player around it
 * that the lesson has returned (a message with nothing in it but that); the player then goes to the
 * session's page in the whole window. Opened on its own, it goes there itself. It holds nothing worth
 * protecting, so any page may frame it.
 */
@WebServlet("/lesson-return/*")
public class LessonReturnPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the player listens for (resources/carelearn/player.js). */
    static final String MESSAGE = "carelearn:lesson-returned";
    private static final Pattern SESSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String SCRIPT = "(function () { var back = document.getElementById('back');"
            + " if (window.parent !== window) { window.parent.postMessage('" + MESSAGE + "', '*'); }"
            + " else { window.location.replace(back.href); } }());";

    @Inject
    private Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sessionId = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!ContentOriginGate.isContentOrigin() || !SESSION_ID.matcher(sessionId).matches()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("Not found.");
            return;
        }
        String back = settings.publicUrl() + "/learning/returned.xhtml?session=" + sessionId;
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src '" + hash(SCRIPT)
                + "'; base-uri 'none'; form-action 'none'");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Lesson closed</title></head><body><p>Your lesson is closed. <a id=\"back\" href=\"" + back
                + "\" target=\"_top\">Back to your course</a></p><script>" + SCRIPT + "</script></body></html>\n");
    }

    /** A CSP source for exactly this inline script (CSP Level 2, hash-source). */
    private static String hash(String script) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
