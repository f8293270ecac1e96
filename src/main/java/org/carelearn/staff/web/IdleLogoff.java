package org.carelearn.staff.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.platform.config.Settings;

/** The layout's automatic-logoff warning: its limits, as the page's script and text need them. */
@Named
@ApplicationScoped
public class IdleLogoff {

    @Inject
    private Settings settings;

    public long getIdleSeconds() {
        return settings.idleLimit().toSeconds();
    }

    public long getWarningSeconds() {
        return Math.min(settings.idleWarning().toSeconds(), getIdleSeconds());
    }

    public String getIdleLimit() {
        return SessionLimits.minutes(settings.idleLimit());
    }
}
