package org.carelearn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
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

    /**
     * The address people and systems reach CareLearn at, without a trailing slash. Unset, it is this
     * machine's HTTP port (8080 moved by WildFly's port offset, as tests beside a running server use).
     */
    public String publicUrl() {
        String local = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        String url = System.getProperty("carelearn.public-url", local);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The IRI under which CareLearn names what it generates in the LRS: learner accounts, and the activity
     * ids of AUs, blocks and courses (cmi5 8.1.5, 9.4). Defaults to the public address; set it once before
     * go-live and never change it, or new statements will not join up with old ones.
     */
    public String lmsIri() {
        String iri = System.getProperty("carelearn.lms-iri", publicUrl());
        return iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
    }

    /** How long an AU session may stay open without terminating before the LMS abandons it. */
    public int sessionTimeoutHours() {
        return Integer.getInteger("carelearn.cmi5.session-timeout-hours", 12);
    }

    /** Who issues CareLearn's certificates, as printed on them and named on the verification page. */
    public String organisationName() {
        return System.getProperty("carelearn.organisation-name", "Linden Ridge Cancer Center · Patient Relations");
    }

    /**
     * The port of the content listener, where only course content is served (socket binding
     * {@code carelearn-content}: {@code carelearn.content.port}, default 8081, moved by WildFly's port offset).
     */
    public int contentPort() {
        return Integer.getInteger("carelearn.content.port", 8081)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    /**
     * The address course content is served at, without a trailing slash: {@code carelearn.content-url} when set
     * (a host name of its own behind the hospital's proxy), else the content listener's port on the host of
     * the given application address (scheme, host, port, as {@code RequestAddress} gives it). Either way it is
     * another origin than the application's, so a package's scripts never run with the learner's session.
     */
    public String contentUrl(String applicationAddress) {
        String configured = System.getProperty("carelearn.content-url", "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        URI app = URI.create(applicationAddress);
        return app.getScheme() + "://" + app.getHost() + ":" + contentPort();
    }

    public int lockoutMinutes() {
        return Integer.getInteger("carelearn.signin.lockout-minutes", 15);
    }
}
