package org.carelearn.testing;

import org.openqa.selenium.By;

/**
 * The public certificate verification page (verify.xhtml), as anyone uses it, signed in or not: type a code and
 * press Check, or follow the address printed on a certificate. For journeys that complete a course and then
 * check its certificate.
 */
public final class VerifyPage {

    /** What the page says about a valid certificate, as shown. */
    public record Shown(String learnerName, String courseTitle, String courseVersion, String completedOn,
            String code) {
    }

    private final Browser browser;

    private VerifyPage(Browser browser) {
        this.browser = browser;
    }

    public static VerifyPage open(Browser browser) {
        browser.open("verify.xhtml");
        return new VerifyPage(browser);
    }

    /** Opens the page as the address printed on a certificate does. */
    public static VerifyPage openWithCode(Browser browser, String code) {
        browser.open("verify.xhtml?code=" + WebClient.encode(code));
        return new VerifyPage(browser);
    }

    /** Types the code as given (case and spaces as a person typed them) and presses Check. */
    public VerifyPage check(String code) {
        Ui.type(browser, "code", code);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "check"));
        return this;
    }

    /** What the code input holds. */
    public String typedCode() {
        return Ui.byId(browser, "code").getAttribute("value");
    }

    public boolean showsValidCertificate() {
        return Ui.present(browser, "validCertificate");
    }

    public boolean showsNoCertificate() {
        return Ui.present(browser, "noCertificate") && browser.text().contains("No certificate has this code");
    }

    /** The certificate the page shows as valid; fails when it shows none. */
    public Shown validCertificate() {
        if (!showsValidCertificate()) {
            throw new AssertionError("No valid certificate shown: " + browser.text());
        }
        return new Shown(text("learnerName"), text("courseTitle"), text("courseVersion"), text("completedOn"),
                text("certificateCode"));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }
}
