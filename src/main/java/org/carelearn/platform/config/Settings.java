package org.carelearn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The run-time settings of this installation. They come from system properties, which the topology's
 * {@code carelearn.properties} (deployments/) or {@code -D} options supply; each has a safe default. The
 * public address may also be given by an admin in the first-run setup ({@link FirstRunSetup}), which wins.
 */
@ApplicationScoped
public class Settings {

    @Inject
    private FirstRunSetup setup;

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
     * The address people and systems reach CareLearn at, without a trailing slash: the one an admin gave in
     * the first-run setup, else {@code carelearn.public-url}, else this machine's HTTP port (8080 moved by
     * WildFly's port offset, as tests beside a running server use).
     */
    public String publicUrl() {
        Optional<String> stored = setup == null ? Optional.empty() : setup.storedPublicUrl();
        return stored.orElseGet(() -> withoutTrailingSlash(System.getProperty(FirstRunSetup.PUBLIC_URL, localUrl())));
    }

    /**
     * The IRI under which CareLearn names what it generates in the LRS: learner accounts, and the activity
     * ids of AUs, blocks and courses (cmi5 8.1.5, 9.4). Defaults to the {@code carelearn.public-url} property
     * (not to an address given later in the setup: learners' accounts are named under this IRI, and a change
     * would part new statements from old ones); set it once before go-live and never change it.
     */
    public String lmsIri() {
        return withoutTrailingSlash(System.getProperty("carelearn.lms-iri",
                System.getProperty(FirstRunSetup.PUBLIC_URL, localUrl())));
    }

    private static String localUrl() {
        return "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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

    /**
     * How long a signed-in session may go without a request before CareLearn signs the person out
     * (HIPAA 45 CFR 164.312(a)(2)(iii), automatic logoff). An ISO-8601 duration such as PT15M.
     */
    public Duration idleLimit() {
        return duration("carelearn.session.idle-limit", "PT15M");
    }

    /** How long before the idle limit the page warns and offers to stay signed in. */
    public Duration idleWarning() {
        return duration("carelearn.session.idle-warning", "PT1M");
    }

    /** How long a session may last at most, however active, before the person must sign in again. */
    public Duration absoluteSessionLimit() {
        return duration("carelearn.session.absolute-limit", "PT12H");
    }

    /**
     * Failed sign-ins from one network address, across all user names, after which that address may not try
     * again until older failures leave the window: one machine cannot guess passwords across many accounts.
     */
    public int maxAddressSignInFailures() {
        return Integer.getInteger("carelearn.signin.address-max-failures", 20);
    }

    /** The window in which the failures of one address are counted. */
    public int addressWindowMinutes() {
        return Integer.getInteger("carelearn.signin.address-window-minutes", 15);
    }

    /**
     * CareLearn is reached over HTTPS only (on WildFly itself or behind a proxy that terminates TLS): session
     * cookies are marked Secure and responses carry Strict-Transport-Security. Off for a laptop's plain HTTP.
     */
    public boolean secureTransport() {
        return Boolean.parseBoolean(System.getProperty("carelearn.secure-transport", "false"));
    }

    private static Duration duration(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        try {
            Duration parsed = Duration.parse(value.strip());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalStateException(property + " must be a positive duration, not " + value);
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(property + " must be an ISO-8601 duration such as " + fallback
                    + ", not " + value, e);
        }
    }
}
