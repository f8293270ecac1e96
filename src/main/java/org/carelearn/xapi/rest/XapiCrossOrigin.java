package org.carelearn.xapi.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets a page of another origin use the LRS (CORS): a cmi5 AU may live on its publisher's server and
 * still talk to CareLearn with its session's auth-token. The LRS authenticates every request by its
 * Authorization header, never by cookies, so any origin may call it and no credentials mode is offered.
 * "Any" is the narrowest answer that works: a packaged AU runs in a sandboxed frame of the content origin, so
 * its requests come from an opaque origin ({@code Origin: null}), and an AU on its publisher's server may be
 * anywhere; listing origins would protect nothing, since the token in the request is the credential.
 * Preflight requests are answered here, before authentication, which they never carry.
 */
@WebFilter("/xapi/*")
public class XapiCrossOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match,"
            + " If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Last-Modified, X-Experience-API-Version,"
            + " X-Experience-API-Consistent-Through";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE");
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }
}
