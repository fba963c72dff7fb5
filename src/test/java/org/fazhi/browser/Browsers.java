package org.fazhi.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Chromium for browser tests: Debian's {@code /usr/bin/chromium} driven by Playwright (no browser download).
 * Where Chromium is absent the tests are skipped, unless {@code FAZHI_REQUIRE_BROWSER=1} (set by {@code .ci/run}) or
 * {@code -Dfazhi.requireBrowser=true} makes its absence a failure.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("FAZHI_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    static Playwright playwright() {
        boolean present = Files.isExecutable(CHROMIUM);
        boolean required = Boolean.getBoolean("fazhi.requireBrowser")
                || "1".equals(System.getenv("FAZHI_REQUIRE_BROWSER"));
        if (!present && required) {
            throw new IllegalStateException("浏览器测试需要 Chromium：" + CHROMIUM + " 不存在（apt-get install -y chromium）");
        }
        Assumptions.assumeTrue(present, "Chromium 不存在，跳过浏览器测试：" + CHROMIUM);
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
