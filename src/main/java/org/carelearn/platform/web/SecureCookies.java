package org.carelearn.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.carelearn.platform.config.Settings;

/**
 * With carelearn.secure-transport=true (CareLearn reached over HTTPS only) the session cookie is marked Secure,
 * so a browser never sends it over plain HTTP; {@link SecurityHeaders} adds Strict-Transport-Security.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Inject
    private Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.secureTransport()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
