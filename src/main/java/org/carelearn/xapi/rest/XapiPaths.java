package org.carelearn.xapi.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads {@code /xapi//statements} as {@code /xapi/statements}. cmi5 lets the launch URL's endpoint end in
 * a slash, and common cmi5 libraries append "/statements" to whatever endpoint they get, so an AU may ask
 * for a doubled slash; an empty path segment means nothing to the LRS, so runs of slashes count as one.
 */
@WebFilter("/xapi/*")
public class XapiPaths extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().contains("//")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {

            @Override
            public String getRequestURI() {
                return single(super.getRequestURI());
            }

            @Override
            public StringBuffer getRequestURL() {
                StringBuffer url = super.getRequestURL();
                int path = url.indexOf("/", url.indexOf("//") + 2);
                return path < 0 ? url : new StringBuffer(url.substring(0, path)).append(single(url.substring(path)));
            }

            @Override
            public String getServletPath() {
                return single(super.getServletPath());
            }

            @Override
            public String getPathInfo() {
                return single(super.getPathInfo());
            }
        }, response);
    }

    private static String single(String path) {
        return path == null ? null : SLASHES.matcher(path).replaceAll("/");
    }
}
