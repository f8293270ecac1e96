package org.carelearn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * What a phone on a slow network fetches for the pages of issue 14 item 20 (the sign-in page, My learning, the
 * transcript; bench/lighthouse.sh measures them): one style sheet, scripts that never hold up the page (deferred,
 * none in the head), compressed text, and versioned resources a browser keeps for a year.
 */
class PageWeightIT extends DeployedCareLearn {

    private static final Pattern HEAD = Pattern.compile("<head\\b.*?</head>", Pattern.DOTALL);
    private static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*rel=\"stylesheet\"[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern SRC = Pattern.compile("\\s(?:src|href)=\"([^\"]+)\"");
    private static final String A_YEAR = "max-age=31536000";

    @Test
    void theSignInPageAndTheLearnersPagesLoadOneStyleSheetAndDeferEveryScript() {
        WebClient anonymous = new WebClient(base);
        checkPage(anonymous, "signin.xhtml");
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        checkPage(learner, "learning/index.xhtml");
        checkPage(learner, "learning/transcript.xhtml");
    }

    /**
     * My learning and the transcript are plain Faces: none of PrimeFaces' scripts (about 900 KB to parse and run on
     * a phone's slow processor, which held their largest paint back by seconds under Lighthouse's mobile profile).
     */
    @Test
    void theLearnersPagesLoadNoPrimeFacesScript() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        for (String path : List.of("learning/index.xhtml", "learning/transcript.xhtml")) {
            String page = learner.get(path).body();
            long bytes = 0;
            for (String script : addresses(SCRIPT, page)) {
                String body = learner.get(script.startsWith("/") ? script.substring(1) : script).body();
                assertFalse(body.contains("PrimeFaces.widget"), path + " loads PrimeFaces' widgets from " + script);
                bytes += body.length();
            }
            assertTrue(bytes < 100_000, path + ": " + bytes + " characters of script");
        }
    }

    @Test
    void versionedResourcesAreKeptForAYearAndTextIsCompressed() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        String page = learner.get("learning/index.xhtml").body();
        List<String> resources = new ArrayList<>(addresses(STYLESHEET, page));
        resources.addAll(addresses(SCRIPT, page));
        resources.add("/jakarta.faces.resource/primeicons/primeicons.woff2.xhtml?ln=primefaces&v=15.0.13");
        for (String resource : resources) {
            HttpResponse<byte[]> answer = gzipped(learner, resource);
            assertEquals(200, answer.statusCode(), resource);
            String caching = answer.headers().firstValue("Cache-Control").orElse("none");
            if (resource.contains("v=")) {
                assertTrue(caching.contains(A_YEAR) && caching.contains("immutable"),
                        resource + " is versioned, so a browser may keep it for a year: " + caching);
                assertTrue(answer.headers().firstValue("Expires").isEmpty(), resource + ": no shorter Expires");
            }
            if (!resource.contains(".woff2")) {
                assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse("none"),
                        resource + " is text, sent compressed");
            }
        }
        assertEquals("gzip", gzipped(learner, "/learning/index.xhtml").headers().firstValue("Content-Encoding")
                .orElse("none"), "the page itself is compressed");
        String unversioned = gzipped(learner, "/jakarta.faces.resource/player.js.xhtml?ln=carelearn").headers()
                .firstValue("Cache-Control").orElse("none");
        assertFalse(unversioned.contains(A_YEAR), "an unversioned address may change content: " + unversioned);
        assertNotEquals(200, gzipped(learner, "/jakarta.faces.resource/no-such.js.xhtml?ln=carelearn&v=1")
                .statusCode(), "a missing resource is not found");
        assertTrue(gzipped(learner, "/jakarta.faces.resource/no-such.js.xhtml?ln=carelearn&v=1").headers()
                .firstValue("Cache-Control").map(c -> !c.contains(A_YEAR)).orElse(true),
                "and is not kept for a year");
    }

    private static void checkPage(WebClient client, String path) {
        HttpResponse<String> answer = client.get(path);
        assertEquals(200, answer.statusCode(), path);
        String html = answer.body();
        List<String> stylesheets = addresses(STYLESHEET, html);
        assertEquals(1, stylesheets.size(), path + ": the theme, icons and CareLearn's look in one style sheet, "
                + "not " + stylesheets);
        Matcher head = HEAD.matcher(html);
        assertTrue(head.find(), path);
        assertFalse(SCRIPT.matcher(head.group()).find(), path + ": no script in the head holds up the page");
        Matcher scripts = SCRIPT.matcher(html);
        int external = 0;
        while (scripts.find()) {
            String attributes = scripts.group(1);
            if (attributes.contains(" src=")) {
                external++;
                assertTrue(attributes.contains("defer"), path + ": a script that holds up the page: " + attributes);
                assertTrue(attributes.contains("nonce="), path + ": under the CSP every script has the nonce");
            }
        }
        if (!path.startsWith("signin")) {
            assertTrue(external >= 1, path + ": PrimeFaces and CareLearn's scripts");
            assertTrue(html.contains("omnifaces.combined") && html.indexOf("carelearn.js") < 0
                    && html.indexOf("idle-logoff.js") < 0 && html.indexOf("whole-window.js") < 0,
                    path + ": CareLearn's own scripts go in the one combined script");
        }
    }

    private static List<String> addresses(Pattern tags, String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = tags.matcher(html);
        while (tag.find()) {
            Matcher src = SRC.matcher(tag.group());
            if (src.find()) {
                found.add(src.group(1).replace("&amp;", "&"));
            }
        }
        return found;
    }

    private static HttpResponse<byte[]> gzipped(WebClient client, String address) {
        return client.send(HttpRequest.newBuilder(client.uri(address)).header("Accept-Encoding", "gzip").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
