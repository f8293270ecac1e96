package org.carelearn.xapi.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses an LRS request whose body announces itself as too large (413) before anything reads it: JSON up
 * to {@link JsonBodies#MAX_BYTES}, multipart (statements with attachment content) up to
 * {@link StatementBody#MAX_MULTIPART_BYTES}. Bodies without a length are limited as they are read. A servlet
 * filter rather than a JAX-RS one, so that it acts before the server reads any of the body.
 */
@WebFilter("/xapi/*")
public class XapiRequestSize extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = multipart ? StatementBody.MAX_MULTIPART_BYTES : JsonBodies.MAX_BYTES;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setHeader(XapiHeaders.VERSION, XapiHeaders.edition(request).header());
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":413,\"message\":\"The request body is larger than " + limit
                    + " bytes\",\"details\":[]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
