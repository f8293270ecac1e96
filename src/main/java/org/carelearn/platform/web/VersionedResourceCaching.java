package org.carelearn.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Faces resources whose address carries a version ({@code v}: PrimeFaces' release, or the content stamp of a
 * combined style sheet or script) never change under that address, so browsers may keep them for a year without
 * asking again (RFC 9111 section 5.2.2.1; {@code immutable}, RFC 8246). Mojarra would say a week. Dynamic
 * resources ({@code pfdrid}: PrimeFaces' generated images and files) and unversioned ones keep what Faces says.
 */
@WebFilter("/jakarta.faces.resource/*")
public class VersionedResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CACHE_CONTROL = "Cache-Control";
    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("v") == null || request.getParameter("pfdrid") != null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (overridden(name)) {
                    super.setHeader(CACHE_CONTROL, FOR_A_YEAR);
                } else {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (overridden(name)) {
                    super.setHeader(CACHE_CONTROL, FOR_A_YEAR);
                } else {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (overridden(name)) {
                    super.setHeader(CACHE_CONTROL, FOR_A_YEAR);
                } else {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (overridden(name)) {
                    super.setHeader(CACHE_CONTROL, FOR_A_YEAR);
                } else {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    /**
     * Faces' own freshness (a week, as Cache-Control or Expires) gives way to a year. Only where Faces gives one:
     * the resource was found (a missing one answers 404 with no freshness, and stays so).
     */
    private static boolean overridden(String name) {
        return CACHE_CONTROL.equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }
}
