package org.fazhi.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every module's browser test needs: one Chromium per class (subclasses use
 * {@code @TestInstance(PER_CLASS)}), a fresh zh-CN context and page per test, and a failure when the page logged a
 * console error or threw.
 */
abstract class BrowserTestBase {

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900));
        page = context.newPage();
        consoleErrors.clear();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(consoleErrors).as("浏览器控制台错误").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Password of the demo accounts in tests (FAZHI_DEMO_PASSWORD of the test profile). */
    protected static final String DEMO_PASSWORD = "Demo-Test-Pw1";
    /** Password of {@code admin} in tests. */
    protected static final String ADMIN_PASSWORD = "Admin-Test-Pw1";

    /** Fills and sends the login form; what follows (success, refusal) is the caller's to check. */
    protected void submitLogin(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-submit");
    }

    /** Signs in as a demo user (signing out whoever is signed in first) and waits until the staff shell shows. */
    protected void signIn(String username) {
        if (page.locator("#logout").count() > 0) {
            page.click("#logout");
        }
        submitLogin(username, "admin".equals(username) ? ADMIN_PASSWORD : DEMO_PASSWORD);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#logout")).isVisible();
    }
}
