package org.carelearn.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carelearn.staff.application.SignIns;

/**
 * Where {@link SignInThrottleGate} sends a sign-in from an address that is refused: the attempt is audited with
 * the user name typed and the address, and the sign-in page says why. The password is never checked.
 */
@WebServlet(SignInThrottleGate.REFUSED_PATH)
public class SignInRefused extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signIns.recordRefused(request.getParameter("j_username"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/signin.xhtml?failure=throttled");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/signin.xhtml");
    }
}
