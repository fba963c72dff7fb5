package org.fazhi.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 工作要点与督办 in a real browser: importing seed 002 and reviewing its units, a task from assignment through
 * feedback, urging, extension and completion across two accounts, a deputy's suggestion with its 3-month deadline, and
 * the statistics page. Screenshots go to {@code target/screenshots/tasks-*.png}; any console error fails the test.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasksBrowserTests extends BrowserTestBase {


    private void logout() {
        page.click("#logout");
        assertThat(page.locator("#login-submit")).isVisible();
    }

    private static String seed() throws IOException {
        try (InputStream in = TasksBrowserTests.class.getResourceAsStream("/tasks/seed-002-shapotou-2024.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] pdf(String salt) {
        return ("%PDF-1.4\n% " + salt + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importSeed002AndReviewItsUnits() throws IOException {
        signIn("sifaju");
        page.navigate(url("/tasks/plans"));
        page.click("#plans-import");
        page.fill("#import-text", seed());
        page.click("#import-parse");
        assertThat(page.locator("#review-summary")).containsText("识别出 8 个部分、36 项任务");
        assertThat(page.locator("tr[data-name='区委宣传部']")).containsText("未匹配");
        assertThat(page.locator("tr[data-name='区综合执法局'] select")).hasValue(
                page.locator("tr[data-name='区综合执法局'] select option", new Page.LocatorOptions().setHasText("示范县综合行政执法局")).first()
                        .getAttribute("value"));
        assertThat(page.locator("#review-collectives")).containsText("各行政执法部门");
        assertThat(page.locator("[data-task='2']")).containsText("3月1日前");
        assertThat(page.locator("#date-2_0")).hasValue("2024-03-01");
        assertThat(page.locator("#date-2_1")).hasValue("2024-04-01");
        assertThat(page.locator("#date-15_0")).hasValue("2024-03-31");
        assertThat(page.locator("#date-19_0")).hasValue("2024-12-31");
        Browsers.screenshot(page, "tasks-01-import-review");

        String title = "沙坡头区法治政府建设2024年工作要点（浏览器" + UUID.randomUUID().toString().substring(0, 6) + "）";
        page.fill("#review-title", title);
        // Confirming with names left undecided saves nothing and says which.
        page.click("#confirm-submit");
        assertThat(page.locator("#tasks-error")).containsText("尚未确认对应单位");
        assertThat(page.locator("#tasks-error")).containsText("区委宣传部");

        page.locator("tr[data-name='区委依法治区办'] select").selectOption(new SelectOption().setLabel("示范县司法局"));
        page.locator("tr[data-name='区委组织部'] select").selectOption(new SelectOption().setLabel("示范县司法局"));
        page.locator("tr[data-name='区人大常委会办公室'] select").selectOption(new SelectOption().setLabel("示范县人民政府办公室"));
        Locator selects = page.locator("select[name='resUnit']");
        for (int i = 0; i < selects.count(); i++) {
            if (selects.nth(i).inputValue().isEmpty()) {
                selects.nth(i).selectOption("none");
            }
        }
        page.fill("#review-title", title);
        Browsers.screenshot(page, "tasks-02-import-decided");
        page.click("#confirm-submit");
        assertThat(page.locator("#plan-title")).hasText(title);
        assertThat(page.locator("#fig-tasks")).hasText("36");
        assertThat(page.locator("[data-part]")).hasCount(8);
        page.waitForSelector("#chart-plan-parts canvas");
        Browsers.screenshot(page, "tasks-03-imported-plan");

        page.click("text=完善法治政府建设推进机制");
        assertThat(page.locator("#item-requirements")).containsText("3月1日前");
        assertThat(page.locator("#item-requirements")).containsText("4月1日前");
        assertThat(page.locator("#item-units")).containsText("示范县司法局");
        Browsers.screenshot(page, "tasks-04-imported-task");
    }

    @Test
    void aTaskFromAssignmentThroughFeedbackUrgingExtensionAndCompletion() {
        LocalDate today = LocalDate.now();
        String title = "关于规范农贸市场周边占道经营的批示" + UUID.randomUUID().toString().substring(0, 6);
        signIn("sifaju");
        page.navigate(url("/tasks"));
        page.click("#tasks-new");
        page.selectOption("#kind", "LEADER_INSTRUCTION");
        page.fill("#sourceRef", "县领导批示〔2026〕21号");
        page.fill("#title", title);
        page.fill("#body", "请县市场监督管理局会同城关镇于20日内完成整治并报告。");
        page.fill("#dueDate", today.plusDays(20).toString());
        page.locator("#leadUnitIds").selectOption(new SelectOption().setLabel("示范县市场监督管理局"));
        page.locator("#supportUnitIds").selectOption(new SelectOption().setLabel("城关镇人民政府"));
        page.click("#item-submit");
        assertThat(page.locator("#item-state")).hasText("已交办待接收");
        assertThat(page.locator("#item-due")).hasText(today.plusDays(20).toString());
        String itemUrl = page.url();
        logout();

        // The lead unit finds it in its own list, accepts it and reports with an attachment.
        signIn("danwei");
        page.navigate(url("/tasks/mine"));
        page.fill("#filter-keyword", title);
        page.click("#tasks-search");
        page.click("text=" + title);
        page.click("#item-accept");
        assertThat(page.locator("#item-state")).hasText("办理中");
        page.fill("#feedback-text", "已约谈农贸市场周边经营户 12 户，设置临时疏导点 2 处。");
        page.setInputFiles("#feedback-files", new FilePayload("现场整治照片说明.pdf", "application/pdf", pdf(title)));
        page.click("#feedback-submit");
        assertThat(page.locator("#tasks-message")).hasText("进展已反馈");
        assertThat(page.locator("#item-history")).containsText("现场整治照片说明.pdf");
        page.fill("#extension-due", today.plusDays(35).toString());
        page.fill("#extension-reason", "需等待城管部门联合执法排期");
        page.click("#extension-submit");
        assertThat(page.locator("#tasks-message")).hasText("延期申请已提交");
        Browsers.screenshot(page, "tasks-05-unit-feedback");
        logout();

        // The supervisor urges and approves the extension.
        signIn("sifaju");
        page.navigate(itemUrl);
        page.fill("#urge-text", "请加快整治进度，按期报送整治情况。");
        page.click("#urge-submit");
        assertThat(page.locator("#tasks-message")).hasText("已催办");
        page.locator("[data-request-id] button[value='true']").first().click();
        assertThat(page.locator("#item-due")).hasText(today.plusDays(35).toString());
        assertThat(page.locator("#item-history")).containsText("同意延期至 " + today.plusDays(35));
        Browsers.screenshot(page, "tasks-06-urged-extended");
        logout();

        // The lead unit applies for completion with its evidence; the supervisor accepts it.
        signIn("danwei");
        page.navigate(itemUrl);
        page.fill("#completion-result", "占道经营已全部清理，建立网格巡查机制。");
        page.setInputFiles("#completion-files", new FilePayload("整治情况报告.pdf", "application/pdf", pdf("done" + title)));
        page.click("#completion-submit");
        assertThat(page.locator("#item-state")).hasText("办结申请中");
        logout();
        signIn("sifaju");
        page.navigate(itemUrl);
        page.locator("[data-request-id] button[value='true']").first().click();
        assertThat(page.locator("#item-state")).hasText("已办结");
        assertThat(page.locator("#item-history")).containsText("按期办结");
        Browsers.screenshot(page, "tasks-07-closed");
    }

    @Test
    void aDeputySuggestionGetsItsThreeMonthDeadline() {
        signIn("sifaju");
        page.navigate(url("/tasks/items/new?kind=NPC_SUGGESTION"));
        page.fill("#sourceRef", "县人大十九届四次会议第8号建议");
        page.fill("#proposer", "陈立新代表");
        page.fill("#title", "关于在乡镇设立公共法律服务工作站的建议");
        page.fill("#assignedOn", "2025-07-01");
        page.locator("#leadUnitIds").selectOption(new SelectOption().setLabel("示范县司法局"));
        page.click("#item-submit");
        // 2025-07-01 + 3 months = 2025-10-01, inside 国庆: the deadline rolls to 2025-10-09.
        assertThat(page.locator("#item-due")).hasText("2025-10-09");
        assertThat(page.locator("#item-citation")).containsText("代表法》第五十一条");
        assertThat(page.locator("#item-explanation")).containsText("2025-10-09");
        Browsers.screenshot(page, "tasks-08-npc-suggestion");
    }

    @Test
    void boardAndStatisticsShowTheDemoCounty() {
        signIn("sifaju");
        page.navigate(url("/tasks"));
        assertThat(page.locator("#tasks-table tbody tr").first()).hasAttribute("data-light", "RED");
        Browsers.screenshot(page, "tasks-09-board");
        page.navigate(url("/tasks/stats"));
        page.waitForSelector("#chart-kinds canvas");
        page.waitForSelector("#chart-parts canvas");
        assertThat(page.locator("#stats-figures")).containsText("督办事项按期办结率");
        Browsers.screenshot(page, "tasks-10-statistics");
        logout();
        signIn("lingdao");
        page.navigate(url("/tasks/stats"));
        assertThat(page.locator("#stats-figures")).isVisible();
    }
}
