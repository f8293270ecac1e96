package org.carelearn.xapi.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.xapi.application.LrsClients;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * Every LRS request but "about" carries HTTP Basic credentials of an LRS client or of a launch session
 * (xAPI 1.0.3, Part Three, 4). Missing or wrong credentials answer 401 and nothing else happens.
 *
 * <p>The 401 challenges with Basic only where a password dialog can do no harm. A browser meeting a Basic
 * challenge on a script's request shows its own sign-in dialog in front of the page instead of handing the
 * 401 to the script, so a lesson whose session token is refused (expired, abandoned, wrong) would hang
 * behind a dialog the learner cannot answer. Requests made by a page's script (Fetch Metadata's
 * {@code Sec-Fetch-Mode} other than navigate, or {@code X-Requested-With}) and requests with a session's
 * token get the same 401 with a challenge of a scheme browsers do not prompt for; the credentials they
 * need are still Basic. Other clients (curl, LRS clients in other servers) keep the Basic challenge.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class XapiAuthentication implements ContainerRequestFilter {

    /** Basic credentials under a name browsers do not prompt for (RFC 9110 11.6.1 still wants a challenge). */
    static final String SILENT_SCHEME = "CareLearn-Basic";

    @Inject
    private LrsClients clients;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!XapiHeaders.isLrsRequest(request) || XapiHeaders.isAbout(request)) {
            return;
        }
        Optional<LrsCredentials> credentials = basic(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(pair -> clients.authenticate(pair[0], pair[1]));
        if (credentials.isEmpty()) {
            boolean session = basic(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                    .filter(pair -> clients.isSessionKey(pair[0])).isPresent();
            boolean prompt = !session && !byScript(request);
            String scheme = prompt ? "Basic" : SILENT_SCHEME;
            request.abortWith(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, scheme + " realm=\"CareLearn LRS\"")
                    .header(XapiHeaders.VERSION, XapiEdition.ofHeader(request.getHeaderString(XapiHeaders.VERSION))
                            .orElse(XapiEdition.LATEST).header()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(401, session
                            ? "This launch session's auth-token is not accepted: the session is over or the token is"
                                    + " wrong"
                            : "Send the key and secret of an LRS client with HTTP Basic")).build());
            return;
        }
        request.setProperty(XapiHeaders.CREDENTIALS, credentials.get());
    }

    /** Whether a page's script sent the request (fetch or XMLHttpRequest), not the browser's address bar. */
    private static boolean byScript(ContainerRequestContext request) {
        String mode = request.getHeaderString("Sec-Fetch-Mode");
        return mode != null && !mode.equalsIgnoreCase("navigate")
                || request.getHeaderString("X-Requested-With") != null;
    }

    private static Optional<String[]> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
