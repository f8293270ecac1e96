package org.carelearn.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.domain.PackageFile;

/**
 * /content/{versionId}/{path}: the files of imported packages, which AUs run from. A path is looked up
 * exactly as stored (there is no file system behind it, so nothing can be reached by '..'); there are no
 * directory listings. Versions never change, so a file may be cached and its SHA-256 is its ETag. Only
 * signed-in people get here (web.xml).
 *
 * <p>The AUs run in a frame of CareLearn's own pages and call its LRS, so they may be framed by the same
 * origin only ({@code frame-ancestors 'self'}, SAMEORIGIN for older browsers). No script or style policy is
 * set: a package's own scripts and inline styles must run as their authors wrote them, and only admins can
 * import packages, so the content is as trusted as the admins who chose it.
 */
@WebServlet("/content/*")
public class CourseContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");
    /** A day: versions are immutable, but a browser should notice a session that ended within a day. */
    private static final int MAX_AGE_SECONDS = 86_400;

    @Inject
    private Catalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info == null || info.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int slash = info.indexOf('/', 1);
        String version = slash < 0 ? info.substring(1) : info.substring(1, slash);
        String path = slash < 0 ? "" : info.substring(slash + 1);
        if (!VERSION.matcher(version).matches() || !acceptable(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long versionId = Long.parseLong(version);
        Optional<PackageFile> found = catalog.file(versionId, path);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PackageFile file = found.get();
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=" + MAX_AGE_SECONDS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        if (!catalog.copyFile(versionId, path, response.getOutputStream())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** A file path: not empty, no directory, no '.', '..' or empty segment, no backslash. */
    private static boolean acceptable(String path) {
        if (path.isEmpty() || path.endsWith("/") || path.contains("\\")) {
            return false;
        }
        return List.of(path.split("/")).stream().noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
