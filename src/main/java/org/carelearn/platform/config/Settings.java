package org.carelearn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/**
 * The run-time settings of this installation. They come from system properties, which the topology's
 * {@code carelearn.properties} (deployments/) or {@code -D} options supply; each has a safe default.
 */
@ApplicationScoped
public class Settings {

    public ZoneId hospitalZone() {
        return ZoneId.of(System.getProperty("carelearn.zone", "America/New_York"));
    }

    public boolean loadDemoData() {
        return Boolean.parseBoolean(System.getProperty("carelearn.demo-data", "true"));
    }

    public int maxSignInFailures() {
        return Integer.getInteger("carelearn.signin.max-failures", 5);
    }

    /** The address people and systems reach CareLearn at, without a trailing slash. */
    public String publicUrl() {
        String url = System.getProperty("carelearn.public-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public int lockoutMinutes() {
        return Integer.getInteger("carelearn.signin.lockout-minutes", 15);
    }
}
