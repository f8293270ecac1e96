package org.carelearn.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.carelearn.platform.config.Settings;

/**
 * The security headers of every response CareLearn sends (OWASP Secure Headers; ASVS V14.4). A servlet that
 * knows better for its own responses (the course files) may set a header again, which replaces this one.
 *
 * <p>Faces pages get their script nonce from PrimeFaces in CSP mode, which adds its own Content-Security-Policy
 * header just before rendering; the response wrapper turns that header into CareLearn's whole policy with the
 * same nonce, so a page carries exactly one policy. The filter runs again for error pages, whose Faces render
 * brings a nonce of its own.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    /** One year, as the HSTS preload list asks (RFC 6797 section 6.1.1). */
    private static final long HSTS_SECONDS = 31_536_000L;

    @Inject
    private Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ContentOriginGate.isContentOrigin()) {
            // Course content and the lesson return page answer with headers of their own, made for the content
            // origin: framed by CareLearn's pages, which this origin's SAMEORIGIN and 'self' would refuse.
            chain.doFilter(request, response);
            return;
        }
        // Every page may launch a packaged lesson, which an OwnWindow AU opens in the whole window of the content origin.
        ContentSecurityPolicy.allowLaunch(request, settings.contentUrl(RequestAddress.of(request)));
        response.setHeader(CSP, ContentSecurityPolicy.policy(Optional.empty(),
                ContentSecurityPolicy.frameOrigins(request), ContentSecurityPolicy.launchOrigins(request)));
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (settings.secureTransport()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS + "; includeSubDomains");
        }
        chain.doFilter(request, new PolicyWithNonce(request, response));
    }

    /** Replaces the policy PrimeFaces adds (scripts only, with the nonce) by the whole policy with that nonce. */
    private static final class PolicyWithNonce extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        PolicyWithNonce(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                Optional<String> nonce = ContentSecurityPolicy.nonceIn(value);
                super.setHeader(name, nonce.isPresent()
                        ? ContentSecurityPolicy.policy(nonce, ContentSecurityPolicy.frameOrigins(request),
                                ContentSecurityPolicy.launchOrigins(request))
                        : value);
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
