package org.carelearn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers, and every page each role reaches (found by following the links
 * of its pages, as a person would) works under the Content-Security-Policy: no script without the page's nonce,
 * no inline event handler, no javascript: link. SecurityPolicyBrowserIT checks the same pages in a browser.
 */
class SecurityHeadersIT extends DeployedCareLearn {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+\\.xhtml[^\"#]*)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Test
    void anonymousResponses() {
        WebClient anonymous = new WebClient(base);
        checkPage(anonymous, "signin.xhtml");
        checkPage(anonymous, "verify.xhtml?code=CL-AAAA-BBBB-CCCC");
        checkHeaders("a protected page asked for anonymously", anonymous.get("admin/staff.xhtml"));
        checkHeaders("a style sheet", anonymous.get("jakarta.faces.resource/carelearn.css.xhtml?ln=carelearn"));
        checkHeaders("a script", anonymous.get("jakarta.faces.resource/carelearn/idle-logoff.js.xhtml"));
        checkHeaders("the LRS", anonymous.get("xapi/about"));
        checkHeaders("a failed sign-in", anonymous.signIn("nobody-at-all", "not-a-password"));
    }

    @Test
    void everyPageOfEachRole() {
        Map<DemoAccounts, List<String>> extra = Map.of(
                DemoAccounts.LEARNER, List.of("learning/index.xhtml", "learning/transcript.xhtml",
                        "account/password.xhtml", "learning/player.xhtml"),
                DemoAccounts.MANAGER, List.of("team/index.xhtml", "team/member.xhtml?employeeId=LR3002"),
                DemoAccounts.LEADERSHIP, List.of("leadership/index.xhtml", "leadership/coverage.xhtml",
                        "leadership/compliance.xhtml", "leadership/audit.xhtml", "leadership/complaints.xhtml",
                        "leadership/effect.xhtml?department=ONC-INPT&category=COMMUNICATION",
                        "leadership/patient-experience.xhtml", "leadership/survey-pack.xhtml"),
                DemoAccounts.ADMIN, List.of("admin/staff-member.xhtml?employeeId=LR3002",
                        "admin/enrolments.xhtml?employeeId=LR3002", "admin/no-such-page.xhtml"),
                DemoAccounts.VALIDATOR, List.of("competency/worklist.xhtml"),
                DemoAccounts.LIAISON, List.of("cases/index.xhtml", "cases/intake.xhtml"),
                DemoAccounts.PATIENT_RELATIONS_MANAGER, List.of("cases/index.xhtml", "cases/competencies.xhtml"));
        for (DemoAccounts account : DemoAccounts.values()) {
            WebClient client = WebClient.signedIn(base, account);
            List<String> visited = crawl(client, extra.get(account));
            assertTrue(visited.size() >= extra.get(account).size() + 1, account + " visited " + visited);
            checkHeaders(account + ": the REST API", client.getJson("api/me"));
            checkHeaders(account + ": the session status", client.getJson("session/status"));
        }
    }

    /** Follows the links of every page from the home page on, one visit per page (whatever its query). */
    private List<String> crawl(WebClient client, List<String> alsoVisit) {
        Deque<String> toVisit = new ArrayDeque<>(alsoVisit);
        toVisit.addFirst("index.xhtml");
        Map<String, String> seen = new LinkedHashMap<>();
        java.util.Set<String> resources = new java.util.HashSet<>();
        while (!toVisit.isEmpty() && seen.size() < 60) {
            String path = toVisit.removeFirst();
            String page = path.split("\\?")[0];
            if (seen.containsKey(page)) {
                continue;
            }
            seen.put(page, path);
            String html = checkPage(client, path);
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.contains("jakarta.faces.resource")) {
                    if (resources.add(link.split("\\?")[0])) {
                        checkHeaders("a page's resource " + link, client.get(link.substring(1)));
                    }
                } else if (link.startsWith("/") && !link.contains("verify.xhtml")) {
                    toVisit.addLast(link.substring(1));
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** Checks a page's headers and that nothing in it needs what the policy forbids; returns its HTML. */
    private String checkPage(WebClient client, String path) {
        HttpResponse<String> response = client.get(path);
        checkHeaders(path, response);
        String html = response.body();
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            fail(path + " answered " + response.statusCode());
        }
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonceInPolicy = NONCE.matcher(policy);
        assertTrue(nonceInPolicy.find(), path + ": a page's policy has a script nonce: " + policy);
        String nonce = nonceInPolicy.group(1);
        Matcher scripts = SCRIPT.matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            String attributes = scripts.group(1);
            if (!attributes.contains("src=")) {
                assertTrue(attributes.contains("nonce=\"" + nonce + "\""),
                        path + ": an inline script without the page's nonce: " + scripts.group());
            }
        }
        assertTrue(count > 0, path + " has PrimeFaces' scripts");
        Matcher tags = TAG.matcher(SCRIPT.matcher(html).replaceAll(""));
        while (tags.find()) {
            assertFalse(HANDLER.matcher(tags.group()).find(), path + ": an inline event handler: " + tags.group());
            assertFalse(tags.group().contains("javascript:"), path + ": a javascript: address: " + tags.group());
        }
        return html;
    }

    private static void checkHeaders(String what, HttpResponse<?> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse(null);
        if (policy == null) {
            fail(what + " (" + response.uri() + ", " + response.statusCode() + ") has no Content-Security-Policy");
        }
        assertTrue(policy.contains("default-src 'self'"), what + ": " + policy);
        assertTrue(policy.contains("script-src 'self'"), what + ": " + policy);
        assertFalse(policy.contains("unsafe-inline'") && policy.matches(".*script-src[^;]*unsafe-inline.*"),
                what + ": inline scripts allowed: " + policy);
        assertFalse(policy.contains("unsafe-eval"), what + ": " + policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), what + ": " + policy);
        assertTrue(policy.contains("object-src 'none'"), what + ": " + policy);
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), what + ": one policy");
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(response.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                what + ": no HSTS over plain HTTP unless carelearn.secure-transport says so");
    }
}
