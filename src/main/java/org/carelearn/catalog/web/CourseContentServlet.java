package org.carelearn.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.ContentAccess;
import org.carelearn.catalog.application.ContentPass;
import org.carelearn.catalog.domain.PackageFile;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.web.ContentOriginGate;

/**
 * /content/{token}/{path} on the content origin: the files of imported packages, which AUs run from, to
 * whoever holds a token granted for a launch or a preview ({@link ContentAccess}). On the application's own
 * origin there is no /content at all. A path is looked up exactly as stored (there is no file system behind
 * it, so nothing can be reached by '..'); there are no directory listings.
 *
 * <p>The headers let a package run as its authors wrote it (its own scripts, inline ones included, and
 * styles) and talk to the CareLearn origin that launched it (the LRS and the fetch URL), and nothing else:
 * only that origin may frame it, the document is sandboxed even when opened on its own (an opaque origin:
 * no cookies, no storage of the content origin, no reaching other windows), and no Referer carries the
 * token to anyone. The package's own scripts may read its files although their origin is opaque. Errors
 * are plain text: the content origin never shows a page of the application.
 */
@WebServlet("/content/*")
public class CourseContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Catalog catalog;

    @Inject
    private ContentAccess access;

    @Inject
    private Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ContentOriginGate.isContentOrigin()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String info = request.getPathInfo();
        int slash = info == null ? -1 : info.indexOf('/', 1);
        if (slash < 0) {
            refuse(response, "Not found.");
            return;
        }
        String path = info.substring(slash + 1);
        Optional<ContentPass> pass = access.pass(info.substring(1, slash));
        if (pass.isEmpty()) {
            refuse(response, "This lesson address has expired or is not valid. Open the lesson again from CareLearn.");
            return;
        }
        long versionId = pass.get().versionId();
        Optional<PackageFile> found = acceptable(path) ? catalog.file(versionId, path) : Optional.empty();
        if (found.isEmpty()) {
            refuse(response, "Not found.");
            return;
        }
        PackageFile file = found.get();
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader("ETag", etag);
        // Revalidated on every use, so that a file stops loading when its grant ends.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        // A sandboxed document's origin is opaque ("null"), so a package reading its own files with fetch or
        // XMLHttpRequest (as the output of many authoring tools does) is making a cross-origin request. The
        // file is readable to whoever holds the token anyway, and no credentials are involved: '*' exposes
        // nothing that the address does not.
        response.setHeader("Access-Control-Allow-Origin", "*");
        String application = pass.get().applicationOrigin();
        response.setHeader("Content-Security-Policy", policy(origin(settings.contentUrl(application)), application));
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        if (!catalog.copyFile(versionId, path, response.getOutputStream())) {
            refuse(response, "Not found.");
        }
    }

    /**
     * The package's own files and inline code, the CareLearn origin for its LRS and fetch URL, framed by that
     * origin only, sandboxed as in the player. The content origin is named beside 'self', which browsers may
     * not match against the opaque origin of a sandboxed document.
     */
    static String policy(String content, String application) {
        String self = "'self' " + content;
        return "default-src " + self + "; script-src " + self + " 'unsafe-inline' 'unsafe-eval'; style-src " + self
                + " 'unsafe-inline'; img-src " + self + " data: blob:; media-src " + self + " data: blob:; font-src "
                + self + " data:; connect-src " + self + " " + application + "; form-action " + self + " "
                + application + "; frame-src " + self + "; object-src 'none'; base-uri " + self + "; frame-ancestors "
                + self + " " + application + "; sandbox " + ContentOriginGate.SANDBOX;
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(message);
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
