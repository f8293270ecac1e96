package org.carelearn.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every one-browser journey test needs besides the deployed WAR: a fresh Chromium per test
 * (closed afterwards) and a screenshot when a test fails.
 */
public abstract class BrowserJourney extends DeployedCareLearn {

    protected Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
