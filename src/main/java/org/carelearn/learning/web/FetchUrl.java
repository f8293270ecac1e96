package org.carelearn.learning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.learning.application.FetchAnswer;
import org.carelearn.learning.application.Launches;

/**
 * The single-use fetch URL of a launch, {@code /cmi5/fetch/{sessionId}/{secret}} (cmi5 8.2). It is not
 * behind the sign-in form: an AU may run where CareLearn's cookie is not sent, and the secret in the URL,
 * good for one POST, is the credential. Answers are always 200 with JSON, errors included, as 8.2.1 says.
 */
@WebServlet(urlPatterns = "/cmi5/fetch/*")
public class FetchUrl extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(FetchUrl.class.getName());

    @Inject
    private Launches launches;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        FetchAnswer answer;
        try {
            answer = parts.length == 2 ? launches.fetch(parts[0], parts[1]) : FetchAnswer.securityError();
        } catch (Exception e) {
            // Two calls racing for one token end here too: the loser's transaction cannot commit, and the
            // transaction interceptor rethrows that as the checked RollbackException, undeclared.
            LOG.log(Level.WARNING, "The cmi5 fetch URL could not answer", e);
            answer = FetchAnswer.applicationError();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        // An AU served from another origin calls this from its own page (cmi5 8.1).
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(answer.json().toString());
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "POST");
        // AUs in a sandboxed frame of the content origin call from another origin; runtimes send the xAPI
        // version header with every request (CareLearn's own does), which needs this preflight's leave.
        response.setHeader("Access-Control-Allow-Headers", "Content-Type, X-Experience-API-Version");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
