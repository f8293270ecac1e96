package org.carelearn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The Chromium processes behind {@link Browser}s, kept for the next test instead of being quit and started again
 * (a start is a second or more on the CI machine, some eighty times a run). A Chromium handed out again is brought
 * back to what a fresh one shows a test: one new tab (no history, no sessionStorage, no page scripts, no emulation
 * left on), no cookies, an empty cache, no storage for CareLearn's two origins, the usual window size, and its
 * console already read out. One that fails any of that is quit and replaced by a new one.
 */
final class Chromiums {

    /** The window a test starts with (as wide as a laptop's browser; the tests that need another size set it). */
    static final Dimension WINDOW = new Dimension(1280, 1000);

    private static final int KEPT = 2;

    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();
    private static final Deque<ChromeDriver> IDLE_RECORDING = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Chromiums::quitIdle, "chromium-quit"));
    }

    private Chromiums() {
    }

    /** A Chromium as a test expects it, for the CareLearn at {@code base}: a kept one made fresh, or a new one. */
    static ChromeDriver take(URL base, boolean recordNetwork) {
        Deque<ChromeDriver> idle = idle(recordNetwork);
        while (true) {
            ChromeDriver kept;
            synchronized (Chromiums.class) {
                kept = idle.pollFirst();
            }
            if (kept == null) {
                return start(recordNetwork);
            }
            if (madeFresh(kept, base, recordNetwork)) {
                return kept;
            }
            quietly(kept);
        }
    }

    /** Back from a test: kept for the next one, or quit if enough are kept. */
    static void giveBack(ChromeDriver chrome, boolean recordNetwork) {
        Deque<ChromeDriver> idle = idle(recordNetwork);
        synchronized (Chromiums.class) {
            if (idle.size() < KEPT) {
                idle.addLast(chrome);
                return;
            }
        }
        quietly(chrome);
    }

    private static Deque<ChromeDriver> idle(boolean recordNetwork) {
        return recordNetwork ? IDLE_RECORDING : IDLE;
    }

    private static ChromeDriver start(boolean recordNetwork) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + WINDOW.width + "," + WINDOW.height,
                    // A lesson's sandboxed frame shares its page's renderer, as it does on most hospital PCs: a
                    // crashed tab (LessonResumeBrowserIT) then takes the lesson down with it, as a power cut does
                    "--disable-features=IsolateSandboxedIframes",
                    "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the console, including Chromium's own "Failed to load resource" line for every failed request
        options.setCapability("goog:loggingPrefs", recordNetwork
                ? Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL") : Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver chrome = new ChromeDriver(options);
        emulateFocus(chrome);
        return chrome;
    }

    /**
     * A person's browser window has the focus; headless Chromium with a profile of its own (Debian's 150) starts
     * without it, so no element matches :focus or :focus-visible and no focus ring is drawn. Emulated focus gives the
     * page what a window in front of a person has (as Puppeteer does for headless pages). DevTools' emulation
     * belongs to a tab, so every new tab needs it.
     */
    private static void emulateFocus(ChromeDriver chrome) {
        chrome.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    private static boolean madeFresh(ChromeDriver chrome, URL base, boolean recordNetwork) {
        try {
            Set<String> old = chrome.getWindowHandles();
            // a test may leave the driver on a tab it closed or crashed: open the new tab from one that is there
            chrome.switchTo().window(old.iterator().next());
            String fresh = chrome.switchTo().newWindow(WindowType.TAB).getWindowHandle();
            for (String handle : old) {
                chrome.switchTo().window(handle);
                chrome.close();
            }
            chrome.switchTo().window(fresh);
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : origins(base)) {
                chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            chrome.manage().window().setSize(WINDOW);
            emulateFocus(chrome);
            // what the last test's pages wrote to the console (and the network log) is not the next test's
            chrome.manage().logs().get(LogType.BROWSER);
            if (recordNetwork) {
                chrome.manage().logs().get(LogType.PERFORMANCE);
            }
            return true;
        } catch (WebDriverException broken) {
            return false;
        }
    }

    /** CareLearn's origin and its content origin (the next port: 8080 and 8081 before WildFly's port offset). */
    private static Set<String> origins(URL base) {
        int port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
        String host = base.getProtocol() + "://" + base.getHost() + ":";
        return Set.of(host + port, host + (port + 1));
    }

    private static void quitIdle() {
        synchronized (Chromiums.class) {
            IDLE.forEach(Chromiums::quietly);
            IDLE_RECORDING.forEach(Chromiums::quietly);
            IDLE.clear();
            IDLE_RECORDING.clear();
        }
    }

    private static void quietly(ChromeDriver chrome) {
        try {
            chrome.quit();
        } catch (WebDriverException gone) {
            // it was broken already; its processes went with it or go with chromedriver's
        }
    }
}
