package org.carelearn.catalog.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carelearn.catalog.domain.PackageLimits;

/**
 * Refuses a package upload whose announced length is over the limit (413) before any of it is read; a
 * body without a length is limited while it is spooled (the catalog answers the same way).
 */
@WebFilter("/api/admin/courses")
public class CourseUploadSize extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = PackageLimits.fromSystemProperties().maxPackageBytes();
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType("application/json");
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"status\":413,\"message\":\"The package is larger than "
                    + PackageLimits.describe(limit) + ", the limit for a package (carelearn.catalog.max-package-mb)\","
                    + "\"details\":[]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
