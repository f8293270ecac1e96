package org.carelearn.xapi.domain.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/**
 * Where the LRS forwards its statements and how far it got: the one row of XAPI_FORWARDING. The cursor
 * ({@link #getLastPosition()}) only moves when the external LRS has accepted everything up to it, so a
 * failure or a crash sends the same statements again (they keep their ids, so the other LRS stores them
 * once): at least once, in stored order.
 */
@Entity
@Table(name = "XAPI_FORWARDING")
public class Forwarding {

    /** The primary key of the only row. */
    public static final short ONLY_ROW = 1;
    static final int MAX_ERROR = 1000;

    @Id
    @Column(name = "ONLY_ROW")
    private short onlyRow;

    @Column(name = "ENDPOINT", length = 2048)
    private String endpoint;

    @Column(name = "CLIENT_KEY")
    private String key;

    @Column(name = "CLIENT_SECRET")
    private String secret;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "LAST_POSITION", nullable = false)
    private long lastPosition;

    @Column(name = "LAST_ATTEMPT_AT")
    private Instant lastAttemptAt;

    @Column(name = "LAST_SUCCESS_AT")
    private Instant lastSuccessAt;

    @Column(name = "NEXT_ATTEMPT_AT")
    private Instant nextAttemptAt;

    @Column(name = "LAST_ERROR", length = MAX_ERROR)
    private String lastError;

    @Column(name = "CONSECUTIVE_FAILURES", nullable = false)
    private int consecutiveFailures;

    protected Forwarding() {
        // for JPA; the row itself comes from the schema script
    }

    /** For tests of the rules: a fresh, disabled configuration. */
    public static Forwarding unconfigured() {
        Forwarding forwarding = new Forwarding();
        forwarding.onlyRow = ONLY_ROW;
        return forwarding;
    }

    /**
     * Sets the external LRS. A blank secret keeps the stored one, since the page never shows it back. A
     * change is a fresh start for the back-off: the next cycle tries at once.
     */
    public void configure(String endpoint, String key, String secret, boolean enabled) {
        String cleanEndpoint = endpoint == null ? "" : endpoint.strip();
        while (cleanEndpoint.endsWith("/")) {
            cleanEndpoint = cleanEndpoint.substring(0, cleanEndpoint.length() - 1);
        }
        String cleanKey = key == null ? "" : key.strip();
        String newSecret = secret == null || secret.isEmpty() ? this.secret : secret;
        if (enabled && (cleanEndpoint.isEmpty() || cleanKey.isEmpty() || newSecret == null)) {
            throw new IllegalArgumentException("Forwarding needs the external LRS's endpoint, key and secret");
        }
        if (!cleanEndpoint.isEmpty()) {
            checkEndpoint(cleanEndpoint);
        }
        if (cleanKey.length() > 255 || (newSecret != null && newSecret.length() > 255)) {
            throw new IllegalArgumentException("The key and the secret may have at most 255 characters");
        }
        this.endpoint = cleanEndpoint.isEmpty() ? null : cleanEndpoint;
        this.key = cleanKey.isEmpty() ? null : cleanKey;
        this.secret = newSecret;
        this.enabled = enabled;
        this.nextAttemptAt = null;
        this.consecutiveFailures = 0;
    }

    private static void checkEndpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("The endpoint must be an http or https address such as"
                        + " https://lrs.example.org/xapi, without credentials, query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The endpoint is not a valid address", e);
        }
    }

    /** Whether a cycle at {@code now} should send: enabled, configured and not backing off. */
    public boolean isDue(Instant now) {
        return enabled && endpoint != null && key != null && secret != null
                && (nextAttemptAt == null || !now.isBefore(nextAttemptAt));
    }

    /** The external LRS accepted every statement up to and including {@code position}. */
    public void recordSuccess(long position, Instant at) {
        if (position < lastPosition) {
            throw new IllegalArgumentException("The cursor never moves back");
        }
        this.lastPosition = position;
        this.lastAttemptAt = at;
        this.lastSuccessAt = at;
        this.lastError = null;
        this.consecutiveFailures = 0;
        this.nextAttemptAt = null;
    }

    /**
     * The external LRS refused the statement at {@code position} for good and it is held back: the cursor moves
     * past it so that the ones after it go on. The other LRS answered, so this is no failure to back off from.
     */
    public void recordHeld(long position, Instant at) {
        if (position < lastPosition) {
            throw new IllegalArgumentException("The cursor never moves back");
        }
        this.lastPosition = position;
        this.lastAttemptAt = at;
        this.lastError = null;
        this.consecutiveFailures = 0;
        this.nextAttemptAt = null;
    }

    /** A cycle found nothing to send; the connection was not tried. */
    public void recordIdle(Instant at) {
        this.lastAttemptAt = at;
    }

    /** Sending failed: the cursor stays, the next attempt waits longer each time. */
    public void recordFailure(String error, Instant at) {
        this.lastError = shortened(error);
        this.lastAttemptAt = at;
        this.consecutiveFailures++;
        this.nextAttemptAt = at.plus(ForwardingBackoff.after(consecutiveFailures));
    }

    /** An error as the admin page shows it: never blank, at most {@link #MAX_ERROR} characters. */
    static String shortened(String error) {
        String text = error == null || error.isBlank() ? "Unknown error" : error.strip();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR - 1) + "…" : text;
    }

    /** An admin asks to send now rather than after the back-off. */
    public void retryNow() {
        this.nextAttemptAt = null;
    }

    public boolean hasSecret() {
        return secret != null;
    }

    /** The secret, for the client that presents it to the external LRS; never for display. */
    public String secret() {
        return secret;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getKey() {
        return key;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getLastPosition() {
        return lastPosition;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    /** Without the secret, so that logging the object cannot leak it. */
    @Override
    public String toString() {
        return "Forwarding[endpoint=" + endpoint + ", key=" + key + ", enabled=" + enabled + ", lastPosition="
                + lastPosition + ", consecutiveFailures=" + consecutiveFailures + "]";
    }
}
