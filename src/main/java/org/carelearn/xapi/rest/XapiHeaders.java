package org.carelearn.xapi.rest;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Header and property names of the xAPI resources. */
final class XapiHeaders {

    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    /** The version this LRS speaks; requests may say any 1.0.x. */
    static final String SPOKEN_VERSION = "1.0.3";
    /** Request property holding the caller's {@link org.carelearn.xapi.application.LrsCredentials}. */
    static final String CREDENTIALS = "carelearn.xapi.credentials";

    private XapiHeaders() {
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
