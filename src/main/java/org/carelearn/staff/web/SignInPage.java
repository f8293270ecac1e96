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
    @Param
    private String ended;

    @Inject
    private Settings settings;

    public String getError() {
        if ("locked".equals(failure)) {
            return "Too many failed attempts: this account is locked for " + settings.lockoutMinutes()
                    + " minutes. An administrator can unlock it sooner.";
        }
        if ("throttled".equals(failure)) {
            return "Too many failed sign-ins from this computer: sign-in from here is paused for up to "
                    + settings.addressWindowMinutes() + " minutes. Ask your CareLearn administrator if you need"
                    + " help now.";
        }
        if ("rejected".equals(failure)) {
            return "The user name or password is not correct, or the account is not active.";
        }
        return null;
    }

    /** Why the session ended without the person signing out, or null. */
    public String getEnded() {
        if ("idle".equals(ended)) {
            return "You were signed out after " + SessionLimits.minutes(settings.idleLimit())
                    + " without activity, to protect the records on the screen. Sign in again to continue.";
        }
        if ("revoked".equals(ended)) {
            return "You were signed out here because the password of this account was changed or the account was"
                    + " deactivated. Sign in again to continue.";
        }
        if ("limit".equals(ended)) {
            return "Your session reached its limit of " + SessionLimits.minutes(settings.absoluteSessionLimit())
                    + ". Sign in again to continue.";
        }
        return null;
    }

    public boolean isSignedOut() {
        return signedOut != null;
    }
}
