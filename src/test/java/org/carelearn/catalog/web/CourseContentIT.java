package org.carelearn.catalog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Course content lives on its own origin (the content listener), opened by capability URLs: a package's
 * files for whoever holds a grant's token, with headers that keep it in its sandbox; nothing of the
 * application there, and no /content on the application's origin. The grant here is an admin's preview.
 */
class CourseContentIT extends DeployedCareLearn {

    private static final Pattern FRAME_SRC = Pattern.compile("id=\"au-frame\"[^>]*? src=\"([^\"]+)\"");

    private WebClient admin;
    private String iri;
    /** The lesson's address under the preview's grant: {content origin}/content/{token}/lesson/index.html. */
    private URI lesson;
    private String contentOrigin;
    private String appOrigin;

    @BeforeEach
    void previewACourse() {
        admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        iri = SampleCourses.uniqueCourseIri();
        HttpResponse<String> created = admin.post("api/admin/courses?fileName=content.zip", "application/zip",
                SampleCourses.goodPackage(iri, "Content"));
        assertEquals(201, created.statusCode(), created.body());
        long versionId = Json.object(created.body()).getJsonNumber("versionId").longValue();
        HttpResponse<String> preview = admin.get("admin/course-preview.xhtml?version=" + versionId + "&au="
                + WebClient.encode(iri + "/au/lesson"));
        assertEquals(200, preview.statusCode());
        Matcher src = FRAME_SRC.matcher(preview.body());
        assertTrue(src.find(), preview.body());
        lesson = URI.create(src.group(1).replace("&amp;", "&"));
        contentOrigin = lesson.getScheme() + "://" + lesson.getRawAuthority();
        URI app = URI.create(base.toString());
        appOrigin = app.getScheme() + "://" + app.getRawAuthority();
        assertNotEquals(appOrigin, contentOrigin, "content is served from another origin");
        assertTrue(lesson.getPath().matches("/content/[A-Za-z0-9_-]{43}/lesson/index.html"), lesson.toString());
    }

    private HttpResponse<byte[]> get(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return admin.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theTokenOpensTheVersionsFilesWithHeadersThatKeepThemInTheirSandbox() {
        URI style = lesson.resolve("style.css");
        HttpResponse<byte[]> css = get(style);

        assertEquals(200, css.statusCode());
        assertArrayEquals(SampleCourses.utf8(SampleCourses.STYLE), css.body());
        assertEquals("text/css;charset=UTF-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(SampleCourses.STYLE.length()), css.headers().firstValue("Content-Length")
                .orElseThrow());
        assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-referrer", css.headers().firstValue("Referrer-Policy").orElseThrow(),
                "the token never leaves in a Referer");
        String policy = css.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-ancestors 'self' " + contentOrigin + " " + appOrigin + ";"), policy);
        assertTrue(policy.contains("connect-src 'self' " + contentOrigin + " " + appOrigin + ";"), policy);
        assertTrue(policy.contains("sandbox allow-scripts") && !policy.contains("allow-same-origin"), policy);
        assertEquals("private, no-cache", css.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(css.headers().firstValue("Set-Cookie").isEmpty(), "no session on the content origin");
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);

        HttpResponse<byte[]> again = get(style, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        HttpResponse<byte[]> read = get(style, "Origin", "null");
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElseThrow(),
                "the package's scripts, whose sandboxed origin is opaque, may read its own files");
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<byte[]> page = get(lesson);
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void unknownPathsFoldersTraversalAndUnknownTokensAreNotFound() {
        for (String path : new String[] {"missing.html", "", "../cmi5.xml.bak", "..%2F..%2Fcmi5.xml",
            "%2e%2e/%2e%2e/WEB-INF/web.xml"}) {
            assertEquals(404, get(URI.create(lesson.toString().replace("index.html", path))).statusCode(), path);
        }
        String token = lesson.getPath().split("/")[2];
        String forged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        HttpResponse<byte[]> unknown = get(URI.create(lesson.toString().replace(token, forged)));
        assertEquals(404, unknown.statusCode());
        assertTrue(new String(unknown.body()).contains("expired or is not valid"), new String(unknown.body()));
        assertEquals(404, get(URI.create(contentOrigin + "/content/1/lesson/style.css")).statusCode(),
                "a version id is no token");
    }

    @Test
    void theApplicationsOriginHasNoContent() {
        HttpResponse<String> signedIn = admin.get(lesson.getRawPath());
        assertEquals(404, signedIn.statusCode());
        assertFalse(signedIn.body().contains(SampleCourses.STYLE));
        HttpResponse<String> anonymous = new WebClient(base).get(lesson.getRawPath().replace("index.html", "style.css"));
        assertFalse(anonymous.body().contains(SampleCourses.STYLE));
    }

    @Test
    void theContentOriginServesNothingOfTheApplicationNotEvenWithTheSessionCookie() {
        for (String path : new String[] {"/api/me/learning", "/api/me", "/learning/index.xhtml", "/signin.xhtml", "/",
            "/xapi/about", "/j_security_check", "/admin/staff.xhtml"}) {
            HttpResponse<byte[]> answer = admin.send(HttpRequest.newBuilder(URI.create(contentOrigin + path))
                    .header("Cookie", "JSESSIONID=" + admin.cookie("JSESSIONID")).GET(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, answer.statusCode(), path);
            assertEquals("text/plain;charset=UTF-8", answer.headers().firstValue("Content-Type").orElseThrow(), path);
            assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), path);
        }
    }

    @Test
    void theLessonsReturnPageOnlyTellsThePlayerAroundIt() {
        String session = UUID.randomUUID().toString();
        HttpResponse<byte[]> page = get(URI.create(contentOrigin + "/lesson-return/" + session));
        assertEquals(200, page.statusCode());
        String html = new String(page.body());
        assertTrue(html.contains("postMessage('carelearn:lesson-returned', '*')"), html);
        assertTrue(html.contains("/learning/returned.xhtml?session=" + session), html);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.startsWith("default-src 'none'; script-src 'sha256-"), policy);
        assertEquals(404, get(URI.create(contentOrigin + "/lesson-return/not-a-session")).statusCode());
        assertEquals(404, admin.get("lesson-return/" + session).statusCode(), "not on the application's origin");
    }
}
