package org.carelearn.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.platform.config.Settings;
import org.omnifaces.cdi.Param;

/** The sign-in page's messages, chosen by where the browser came from. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    @Param
    private String failure;

    @Inject
    @Param
    private String signedOut;

    @Inject
    private Settings settings;

    public String getError() {
        if ("locked".equals(failure)) {
            return "Too many failed attempts: this account is locked for " + settings.lockoutMinutes()
                    + " minutes. An administrator can unlock it sooner.";
        }
        if ("rejected".equals(failure)) {
            return "The user name or password is not correct, or the account is not active.";
        }
        return null;
    }

    public boolean isSignedOut() {
        return signedOut != null;
    }
}
