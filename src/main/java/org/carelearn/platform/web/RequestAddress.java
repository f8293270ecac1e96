package org.carelearn.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request reached CareLearn at: scheme, host, port and context path, without a trailing
 * slash. Links that must stay in the caller's origin (a course's lessons, which share the signed-in
 * session) use it rather than {@code carelearn.public-url}. Behind a proxy, enable Undertow's
 * proxy-address-forwarding so that this is the address the browser used.
 */
public final class RequestAddress {

    private RequestAddress() {
    }

    public static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
