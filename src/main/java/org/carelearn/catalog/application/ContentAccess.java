package org.carelearn.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.ContentGrant;
import org.carelearn.catalog.domain.ContentGrantRepository;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.time.HospitalTime;

/**
 * Capability URLs for course content. A package's files are served from the content origin only, to whoever
 * holds a token granted for one launch or one preview; the token is part of the path, so the package's own
 * relative links keep working, and it stops working when the launch ends or the grant expires. No cookie is
 * involved, so a package's scripts never act with anyone's session.
 */
@ApplicationScoped
public class ContentAccess {

    /** How long an admin's preview of a version stays open. */
    public static final Duration PREVIEW = Duration.ofHours(1);
    /** Expired grants are kept this long (an expired link answers "expired", then "unknown"), then deleted. */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(1);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ContentGrantRepository grants;

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    /**
     * Where a launched AU starts: a package file under a new grant on the content origin, or the AU's own
     * fully qualified url (AUs on other servers need no grant). The launch parameters are added by the caller.
     *
     * @param holder what the grant is for, e.g. "launch " and the session id; {@link #end} ends it
     * @param applicationAddress the CareLearn address the person uses (scheme, host, port, context path)
     */
    @Transactional
    public String grantedUrl(long versionId, Au au, String holder, String applicationAddress, Instant until) {
        if (au.isAbsoluteUrl()) {
            return au.url();
        }
        Instant now = time.now();
        grants.deleteExpiredBefore(now.minus(KEEP_EXPIRED));
        String token = newToken();
        grants.add(new ContentGrant(versionId, digest(token), holder, origin(applicationAddress), now, until));
        return settings.contentUrl(applicationAddress) + "/content/" + token + "/" + au.url();
    }

    /** An admin's look at an AU of a version, as learners will see it, for {@link #PREVIEW}. */
    @Transactional
    public String previewUrl(long versionId, Au au, String username, String applicationAddress) {
        return grantedUrl(versionId, au, "preview " + username, applicationAddress, time.now().plus(PREVIEW));
    }

    /** What the grants of this holder were for has ended: they end at {@code at} (or sooner, as planned). */
    @Transactional
    public void end(String holder, Instant at) {
        grants.findByHolder(holder).forEach(grant -> grant.endBy(at));
    }

    /** What the token opens now; empty for a malformed, unknown or expired token. */
    public Optional<ContentPass> pass(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = time.now();
        return grants.findByTokenDigest(digest(token)).filter(grant -> grant.isValidAt(now))
                .map(grant -> new ContentPass(grant.getVersionId(), grant.getApplicationOrigin()));
    }

    /** Scheme, host and port of an address: what a browser compares as its origin. */
    static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
