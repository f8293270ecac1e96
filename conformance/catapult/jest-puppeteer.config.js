// Puppeteer's browser for the CATAPULT suite: Debian's Chromium, headless; nothing downloads a browser.
// The networking flags keep Chromium from calling home on a closed network.
module.exports = {
    launch: {
        executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    }
};
