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

/**
 * Every LRS request but "about" carries HTTP Basic credentials of an LRS client (xAPI 1.0.3, Part Three,
 * 4). Missing or wrong credentials answer 401 with a challenge and nothing else happens.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class XapiAuthentication implements ContainerRequestFilter {

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
            request.abortWith(Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CareLearn LRS\"")
                    .header(XapiHeaders.VERSION, XapiHeaders.SPOKEN_VERSION).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(401, "Send the key and secret of an LRS client with HTTP Basic")).build());
            return;
        }
        request.setProperty(XapiHeaders.CREDENTIALS, credentials.get());
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
