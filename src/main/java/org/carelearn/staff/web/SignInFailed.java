package org.carelearn.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carelearn.staff.application.SignIns;

/**
 * The FORM mechanism's error page: Elytron forwards a failed sign-in here with the submitted form. The
 * failure is counted and audited, then the browser goes back to the sign-in page with a message that
 * does not reveal whether the user name exists. Failures also count against the address they came from
 * ({@link SignInThrottleGate}).
 */
@WebServlet("/signin-failed")
public class SignInFailed extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignIns.Failure failure = signIns.recordFailure(request.getParameter("j_username"), request.getRemoteAddr(),
                SignInThrottleGate.of(getServletContext()));
        String reason = switch (failure) {
            case LOCKED -> "locked";
            case THROTTLED -> "throttled";
            case REJECTED -> "rejected";
        };
        response.sendRedirect(request.getContextPath() + "/signin.xhtml?failure=" + reason);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/signin.xhtml");
    }
}
