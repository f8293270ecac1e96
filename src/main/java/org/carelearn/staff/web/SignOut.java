package org.carelearn.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.SignIns;
import org.omnifaces.util.Faces;

/** Ends the session: audited, then the sign-in page. A POST from the menu, so no link can sign anyone out. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private SignIns signIns;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private HttpServletRequest request;

    public void signOut() throws ServletException {
        if (request.getRemoteUser() != null) {
            signIns.recordSignOut(currentActor.get());
        }
        request.logout();
        Faces.invalidateSession();
        Faces.redirect("signin.xhtml?signedOut=true");
    }
}
