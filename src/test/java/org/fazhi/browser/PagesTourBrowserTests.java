package org.fazhi.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the shell opened in a real browser by the people who use it: it renders its main element, shows no
 * raw message key, and the browser reports no error (a CSP violation or a failed script shows up here).
 * Screenshots go to {@code target/screenshots/tour-*.png}.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTourBrowserTests {

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;

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

    @ParameterizedTest(name = "{0} 打开 {1}")
    @CsvSource({
            "admin,   /,                         dashboard-figures",
            "admin,   /org/units,                 unit-tree",
            "admin,   /org/people,                person-table",
            "admin,   /org/accounts,              account-table",
            "admin,   /org/roles,                 role-table",
            "admin,   /org/import,                import-units",
            "admin,   /calendar/holidays?year=2026, holiday-grid",
            "admin,   /audit,                     audit-table",
            "admin,   /audit/verify,              verify-run",
            "admin,   /files/documents,           document-form",
            "admin,   /files/attachments,         upload-form",
            "sifaju,  /worklist/board,            board-figures",
            "jingban, /worklist,                  worklist-table",
            "lingdao, /,                          dashboard-figures",
            "sifaju,  /tasks/kinds,                kinds-table",
            "sifaju,  /reconsideration/committee,  committee-members",
            "sifaju,  /reconsideration/litigation/suggestions, sug-table",
    })
    void pageRendersWithoutBrowserErrors(String username, String path, String mainElement) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1366, 800))) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.onPageError(errors::add);
            page.navigate("http://localhost:" + port + "/login");
            page.fill("#username", username);
            page.fill("#password", "admin".equals(username) ? "Admin-Test-Pw1" : "Demo-Test-Pw1");
            page.click("#login-submit");
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate("http://localhost:" + port + path);
            assertThat(page.locator("#" + mainElement)).isVisible();
            page.waitForTimeout(600); // let charts finish their entry animation before the screenshot
            Browsers.screenshot(page, "tour-" + username + path.replaceAll("[^a-z0-9]+", "-"));
            assertThat(page.content()).doesNotContain("??");
            assertThat(errors).as("browser console errors on " + path).isEmpty();
        }
    }
}
