package org.carelearn.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every one-browser journey test needs: the real WAR deployed, its address, a fresh Chromium per test
 * (closed afterwards) and a screenshot when a test fails.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserJourney {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
