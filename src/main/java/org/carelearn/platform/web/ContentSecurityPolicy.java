package org.carelearn.platform.web;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of CareLearn's pages (CSP Level 3, W3C). Scripts run only from CareLearn's own
 * files or from script elements carrying the page's nonce, which PrimeFaces writes on every script it renders
 * in CSP mode (context parameter primefaces.CSP): a script injected into a page, inline or as an event handler
 * attribute, does not run. Styles may be inline because PrimeFaces positions its widgets with style attributes;
 * a style cannot run code. Only CareLearn frames its pages ({@code frame-ancestors 'self'}); its pages frame
 * CareLearn itself and, on the player page, the origin of the lesson being launched. Forms post to CareLearn,
 * whose answer to a launch may send the whole window on to a lesson's origin (an OwnWindow AU): browsers hold that
 * redirect to {@code form-action} as well, so the launch origins a page may start are listed there too.
 */
public final class ContentSecurityPolicy {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private ContentSecurityPolicy() {
    }

    /**
     * The policy for one response.
     *
     * @param nonce the page's script nonce, if it has one (Faces pages do; files and API answers do not)
     * @param frameOrigins origins besides CareLearn's own that this page frames
     * @param launchOrigins origins besides CareLearn's own that a form of this page may end up at (lessons)
     */
    public static String policy(Optional<String> nonce, Collection<String> frameOrigins,
            Collection<String> launchOrigins) {
        StringBuilder forms = new StringBuilder("'self'");
        for (String origin : new LinkedHashSet<>(launchOrigins)) {
            forms.append(' ').append(origin);
        }
        StringBuilder frames = new StringBuilder("'self'");
        for (String origin : new LinkedHashSet<>(frameOrigins)) {
            frames.append(' ').append(origin);
        }
        return "default-src 'self'; "
                + "script-src 'self'" + nonce.map(n -> " 'nonce-" + n + "'").orElse("") + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "frame-src " + frames + "; "
                + "frame-ancestors 'self'; "
                + "form-action " + forms + "; "
                + "base-uri 'self'; "
                + "object-src 'none'";
    }

    /** The nonce in a policy that PrimeFaces wrote, if any. */
    static Optional<String> nonceIn(String policy) {
        Matcher matcher = NONCE.matcher(policy == null ? "" : policy);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The origin (scheme, host and port) of an absolute http(s) address, as a CSP source expression; empty for
     * a relative address (it is CareLearn's own origin) or anything that is not http(s).
     */
    public static Optional<String> originOf(String address) {
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return Optional.empty();
            }
            return Optional.of(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost()
                    .toLowerCase(java.util.Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Request attribute under which a page lists the origins it frames (see {@link #allowFrame}). */
    static final String FRAME_ORIGINS = ContentSecurityPolicy.class.getName() + ".frameOrigins";

    /**
     * Lets the page being rendered for this request frame the given address's origin. Call it before the
     * page renders (a view action), since the policy goes out with the response's headers.
     */
    public static void allowFrame(jakarta.servlet.ServletRequest request, String address) {
        add(request, FRAME_ORIGINS, address);
    }

    /** Request attribute under which a page lists the origins its launches may send the window to. */
    static final String LAUNCH_ORIGINS = ContentSecurityPolicy.class.getName() + ".launchOrigins";

    /**
     * Lets a form of the page being rendered end at the given address's origin: a launch whose answer sends the
     * whole window to the lesson. Call it before the page renders.
     */
    public static void allowLaunch(jakarta.servlet.ServletRequest request, String address) {
        add(request, LAUNCH_ORIGINS, address);
    }

    @SuppressWarnings("unchecked")
    private static void add(jakarta.servlet.ServletRequest request, String attribute, String address) {
        originOf(address).ifPresent(origin -> {
            Object existing = request.getAttribute(attribute);
            Set<String> origins = existing instanceof Set<?> set ? (Set<String>) set : new LinkedHashSet<>();
            origins.add(origin);
            request.setAttribute(attribute, origins);
        });
    }

    static Collection<String> launchOrigins(jakarta.servlet.ServletRequest request) {
        return listed(request, LAUNCH_ORIGINS);
    }

    static Collection<String> frameOrigins(jakarta.servlet.ServletRequest request) {
        return listed(request, FRAME_ORIGINS);
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> listed(jakarta.servlet.ServletRequest request, String attribute) {
        Object existing = request.getAttribute(attribute);
        return existing instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

}
