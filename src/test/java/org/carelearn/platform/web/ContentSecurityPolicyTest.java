package org.carelearn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void takesTheNonceOfThePolicyPrimeFacesWroteIntoTheWholePolicy() {
        String primeFaces = "script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1';";
        Optional<String> nonce = ContentSecurityPolicy.nonceIn(primeFaces);
        assertEquals(Optional.of("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1"), nonce);
        String policy = ContentSecurityPolicy.policy(nonce, List.of(), List.of());
        assertTrue(policy.contains("script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1';"));
        assertTrue(policy.contains("frame-ancestors 'self'"));
        assertFalse(policy.matches(".*script-src[^;]*unsafe.*"), policy);
        assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn("frame-ancestors 'self'"));
    }

    @Test
    void framesOnlyTheOriginsAPageAsksFor() {
        assertTrue(ContentSecurityPolicy.policy(Optional.empty(), List.of(), List.of()).contains("frame-src 'self';"));
        assertTrue(ContentSecurityPolicy.policy(Optional.empty(), List.of("https://lessons.example.org:8443"), List.of())
                .contains("frame-src 'self' https://lessons.example.org:8443;"));
    }

    @Test
    void formsEndOnlyAtCareLearnAndTheLaunchOriginsAPageAsksFor() {
        assertTrue(ContentSecurityPolicy.policy(Optional.empty(), List.of(), List.of()).contains("form-action 'self';"));
        assertTrue(ContentSecurityPolicy.policy(Optional.empty(), List.of(), List.of("http://127.0.0.1:8081"))
                .contains("form-action 'self' http://127.0.0.1:8081;"));
    }

    @Test
    void theOriginOfAnAddressIsItsSchemeHostAndPort() {
        assertEquals(Optional.of("https://aus.example.org"),
                ContentSecurityPolicy.originOf("HTTPS://AUs.example.org/course/au1/index.html?endpoint=x"));
        assertEquals(Optional.of("http://127.0.0.1:8580"),
                ContentSecurityPolicy.originOf("http://127.0.0.1:8580/c/abc/index.html"));
        assertEquals(Optional.empty(), ContentSecurityPolicy.originOf("/content/12/index.html"));
        assertEquals(Optional.empty(), ContentSecurityPolicy.originOf("javascript:alert(1)"));
        assertEquals(Optional.empty(), ContentSecurityPolicy.originOf("http://bad host/"));
    }
}
