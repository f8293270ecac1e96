package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.Ui;
import org.carelearn.testing.VerifyPage;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Checking a certificate's code on the public page, as an employer or an accreditor would: without an account,
 * without seeing anything of the app, and without learning anything from a code that is not there. (A valid
 * code needs a completed course: the course journey checks its own certificate through {@link VerifyPage}.)
 */
class VerifyCertificateBrowserIT extends BrowserJourney {

    private static final Pattern NO_CERTIFICATE = Pattern.compile("<section id=\"noCertificate\".*?</section>",
            Pattern.DOTALL);

    @Test
    void anyoneCanOpenThePageWithoutSigningInAndSeesNoMenu() {
        HttpResponse<String> page = new WebClient(base).get("verify.xhtml");
        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertTrue(page.body().contains("Check a certificate"), page.body()),
                () -> assertFalse(page.body().contains("j_security_check"), "no sign-in form"),
                () -> assertFalse(page.body().contains("id=\"nav\""), "no app menu"));

        VerifyPage.open(browser);
        assertAll(
                () -> assertEquals("Check a certificate", Ui.heading(browser)),
                () -> assertTrue(browser.text().contains("Linden Ridge Cancer Center \u00b7 Patient Relations"),
                        browser.text()),
                () -> assertFalse(Ui.present(browser, "nav"), "no app menu"),
                () -> assertFalse(Ui.present(browser, "username"), "no sign-in form"),
                () -> assertFalse(browser.text().contains("No certificate has this code"), "no answer before a code"));
    }

    @Test
    void anUnknownCodeTypedLooselyHasNoCertificate() {
        VerifyPage page = VerifyPage.open(browser).check("cl 2222 3333 4444");

        assertAll(
                () -> assertTrue(page.showsNoCertificate(), browser.text()),
                () -> assertFalse(page.showsValidCertificate()),
                () -> assertEquals("cl 2222 3333 4444", page.typedCode()),
                () -> assertTrue(browser.driver().getCurrentUrl().contains("verify.xhtml?code="),
                        "the answer has an address of its own: " + browser.driver().getCurrentUrl()),
                () -> assertFalse(Ui.present(browser, "username"), "still not asked to sign in"));
    }

    @Test
    void theAddressPrintedOnACertificateOpensTheAnswerDirectly() {
        VerifyPage page = VerifyPage.openWithCode(browser, "CL-2222-3333-4444");

        assertAll(
                () -> assertTrue(page.showsNoCertificate(), browser.text()),
                () -> assertEquals("CL-2222-3333-4444", page.typedCode()));
    }

    @Test
    void malformedHostileAndOverlongInputGetTheSameAnswerAsAnUnknownCode() {
        WebClient anonymous = new WebClient(base);
        String unknown = noCertificateSection(anonymous.get("verify.xhtml?code=CL-2222-3333-4444"));
        for (String typed : List.of("not a code", "CL-2222-3333-444O", "x".repeat(2000),
                "<script>alert('checked')</script>", "' OR '1'='1", "%00")) {
            HttpResponse<String> answer = anonymous.get("verify.xhtml?code=" + WebClient.encode(typed));
            assertAll(typed,
                    () -> assertEquals(200, answer.statusCode()),
                    () -> assertEquals(unknown, noCertificateSection(answer), "no hint about what was wrong"),
                    () -> assertFalse(answer.body().contains("<script>alert"), "what was typed is escaped"),
                    () -> assertFalse(answer.body().contains("x".repeat(41)), "overlong input is not echoed"));
        }

        VerifyPage page = VerifyPage.openWithCode(browser, "<script>alert('checked')</script>");
        assertTrue(page.showsNoCertificate(), "shown as text, not run (an alert would fail this call)");
    }

    private static String noCertificateSection(HttpResponse<String> page) {
        Matcher section = NO_CERTIFICATE.matcher(page.body());
        assertTrue(section.find(), page.body());
        return section.group();
    }
}
