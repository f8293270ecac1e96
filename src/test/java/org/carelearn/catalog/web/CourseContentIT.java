package org.carelearn.catalog.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /content/{version}/{path}: a package's files for signed-in people, cacheable, and nothing else. */
class CourseContentIT extends DeployedCareLearn {

    private long versionId;

    @BeforeEach
    void importACourse() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> created = admin.post("api/admin/courses?fileName=content.zip", "application/zip",
                SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(), "Content"));
        assertEquals(201, created.statusCode(), created.body());
        versionId = Json.object(created.body()).getJsonNumber("versionId").longValue();
    }

    private static HttpResponse<byte[]> get(WebClient client, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aLearnerGetsAFileWithItsTypeLengthAndCacheHeaders() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        HttpResponse<byte[]> css = get(learner, "content/" + versionId + "/lesson/style.css");

        assertEquals(200, css.statusCode());
        assertArrayEquals(SampleCourses.utf8(SampleCourses.STYLE), css.body());
        assertEquals("text/css;charset=UTF-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(SampleCourses.STYLE.length()), css.headers().firstValue("Content-Length")
                .orElseThrow());
        assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("SAMEORIGIN", css.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("frame-ancestors 'self'", css.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(css.headers().firstValue("Cache-Control").orElseThrow().startsWith("private, max-age="));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);

        HttpResponse<byte[]> again = get(learner, "content/" + versionId + "/lesson/style.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        HttpResponse<byte[]> page = get(learner, "content/" + versionId + "/lesson/index.html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void unknownPathsFoldersAndTraversalAreNotFound() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        for (String path : new String[] {"lesson/missing.html", "lesson/", "lesson", "", "lesson/../cmi5.xml.bak",
            "..%2F..%2Fstandalone%2Fconfiguration%2Fstandalone.xml", "%2e%2e/%2e%2e/WEB-INF/web.xml"}) {
            assertEquals(404, get(learner, "content/" + versionId + "/" + path).statusCode(), path);
        }
        assertEquals(404, get(learner, "content/999999999/lesson/style.css").statusCode());
        assertEquals(404, get(learner, "content/abc/lesson/style.css").statusCode());
    }

    @Test
    void anonymousRequestsGetTheSignInFormNotTheFile() {
        WebClient anonymous = new WebClient(base);
        HttpResponse<String> response = anonymous.get("content/" + versionId + "/lesson/style.css");
        assertTrue(response.body().contains("action=\"/j_security_check\""), response.body());
        assertFalse(response.body().contains(SampleCourses.STYLE));
    }
}
