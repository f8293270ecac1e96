package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * /learning/certificate gives a PDF only to its owner, signed in; every other request looks the same. (The owner's
 * download needs a completed course: the course journey fetches its own certificate.)
 */
class CertificateDownloadIT extends DeployedCareLearn {

    @Test
    void anonymousRequestsGetTheSignInFormAndNoPdf() {
        HttpResponse<byte[]> response = new WebClient(base).download("learning/certificate?enrolment=1");

        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(body.contains("action=\"/j_security_check\""), body),
                () -> assertFalse(response.headers().firstValue("Content-Type").orElse("").contains("pdf")),
                () -> assertFalse(response.headers().firstValue("Content-Disposition").isPresent()));
    }

    @Test
    void aMissingOrMalformedEnrolmentIsNotFoundForTheSignedInLearner() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        for (String query : List.of("?enrolment=987654321", "?enrolment=abc", "?enrolment=-1", "?enrolment=",
                "?enrolment=99999999999999999999999", "")) {
            HttpResponse<byte[]> response = learner.download("learning/certificate" + query);
            assertAll(query,
                    () -> assertEquals(404, response.statusCode()),
                    () -> assertFalse(response.headers().firstValue("Content-Type").orElse("").contains("pdf")),
                    () -> assertFalse(response.headers().firstValue("Content-Disposition").isPresent()));
        }
    }
}
