package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.carelearn.competency.domain.StandingRule;

/**
 * The status rule as this hospital configures it: the expiring window is the system property
 * {@code carelearn.competency.expiring-days} (default {@value StandingRule#DEFAULT_EXPIRING_DAYS}, issue 9).
 */
@ApplicationScoped
public class StandingPolicy {

    public static final String EXPIRING_DAYS = "carelearn.competency.expiring-days";

    public StandingRule rule() {
        String configured = System.getProperty(EXPIRING_DAYS);
        return configured == null || configured.isBlank() ? StandingRule.withDefaultWindow()
                : new StandingRule(Integer.parseInt(configured.strip()));
    }
}
