package org.carelearn.xapi.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.carelearn.xapi.domain.XapiEdition;

/** Header and property names of the xAPI resources. */
final class XapiHeaders {

    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    /** Request property holding the request's {@link org.carelearn.xapi.domain.XapiEdition}. */
    static final String EDITION = "carelearn.xapi.edition";
    /** Request property holding the caller's {@link org.carelearn.xapi.application.LrsCredentials}. */
    static final String CREDENTIALS = "carelearn.xapi.credentials";

    private XapiHeaders() {
    }

    /**
     * The edition a request chose, for a resource or a servlet filter (which runs before the version check):
     * the one its header names, else the newest (an "about" request, or one about to be refused).
     */
    static XapiEdition edition(HttpServletRequest request) {
        return request.getAttribute(EDITION) instanceof XapiEdition edition ? edition
                : XapiEdition.ofHeader(request.getHeader(VERSION)).orElse(XapiEdition.LATEST);
    }

    /**
     * Whether a request is for the LRS. Both JAX-RS applications of the deployment (/api and /xapi) carry
     * the same providers, so the LRS's filters step aside for CareLearn's own API.
     */
    static boolean isLrsRequest(ContainerRequestContext request) {
        return request.getUriInfo().getBaseUri().getPath().endsWith("/xapi/");
    }

    /** "about" is open: clients ask it before they know which version or credentials to use. */
    static boolean isAbout(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("about") || path.equals("/about");
    }
}
