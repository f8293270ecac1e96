package org.carelearn.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Keeps what the browser showed when a test failed: a PNG and the page source under
 * target/browser-failures/. It runs before {@code @AfterEach} closes the browser, which a
 * {@code TestWatcher} would not.
 */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    private static final Path FOLDER = Path.of("target", "browser-failures");

    private final Supplier<Browser> browser;

    public ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser current = browser.get();
        if (current != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_-]", "");
            try {
                Files.createDirectories(FOLDER);
                Files.write(FOLDER.resolve(name + ".png"),
                        ((TakesScreenshot) current.driver()).getScreenshotAs(OutputType.BYTES));
                Files.writeString(FOLDER.resolve(name + ".html"),
                        current.driver().getCurrentUrl() + "\n" + current.driver().getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }
}
