package org.fazhi.browser;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The main flow of the platform in a real browser: login → home page with figures → a statutory deadline computed on
 * the calendar page → logout; plus a failed login and the public portal. Screenshots go to {@code target/screenshots}.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MainFlowBrowserTests extends BrowserTestBase {

    @Test
    void loginDashboardDeadlineLogout() {
        submitLogin("admin", ADMIN_PASSWORD);
        assertThat(page.locator("#dashboard-figures")).isVisible();
        assertThat(page.locator("#fig-units")).not().hasText("0");
        page.waitForSelector("#chart-units canvas");
        Browsers.screenshot(page, "01-dashboard");

        page.click("text=法定期限计算");
        page.fill("#start", "2025-03-03");
        page.fill("#amount", "5");
        page.selectOption("#unit", "WORKING_DAYS");
        page.click("#compute");
        assertThat(page.locator("#deadline-due")).hasText("2025-03-10");
        assertThat(page.locator("#deadline-explanation")).containsText("工作日");
        Browsers.screenshot(page, "02-deadline");

        page.click("#logout");
        assertThat(page.locator("#login-submit")).isVisible();
        assertThat(page.locator(".alert-success")).containsText("退出");
        Browsers.screenshot(page, "03-logged-out");

        page.navigate(url("/"));
        assertThat(page.locator("#login-submit")).isVisible();
        assertThat(page.locator(".alert-warning")).hasCount(0); // logged out, not timed out
    }

    @Test
    void unknownPageShowsChineseErrorPage() {
        submitLogin("admin", ADMIN_PASSWORD);
        page.navigate(url("/no-such-page"));
        assertThat(page.locator("#error-message")).hasText("页面或记录不存在，或不在您的数据范围内");
        // the browser reports the page's own 404 status as a console error: expected here, and only here
        consoleErrors.removeIf(e -> e.contains("404"));
        Browsers.screenshot(page, "06-not-found");
    }

    @Test
    void wrongPasswordShowsChineseError() {
        submitLogin("no-such-user", "wrong-password");
        assertThat(page.locator("#login-error")).hasText("用户名或口令错误");
        Browsers.screenshot(page, "04-login-error");
    }

    @Test
    void publicPortalNeedsNoLogin() {
        page.navigate(url("/portal"));
        assertThat(page.locator("#portal-county")).containsText("示范县");
        assertThat(page.locator("#portal-sections")).containsText("行政复议");
        Browsers.screenshot(page, "05-portal-home");
        page.click("#portal-enforcement-link");
        assertThat(page.locator("#portal-units")).isVisible();
        Browsers.screenshot(page, "05-portal-enforcement-bodies");
    }
}
