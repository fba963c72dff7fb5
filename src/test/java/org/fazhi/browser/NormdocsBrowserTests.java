package org.fazhi.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.normdocs.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normative documents and legality review in a real browser: a document from 立项 to publication, filing, evaluation
 * and repeal, with the legality review done by the 司法局 and its reviewer; the review assistant flagging a fine; a late
 * filing and an approaching expiry lighting up red on the worklist. Screenshots go to {@code target/screenshots}.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NormdocsBrowserTests extends BrowserTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private String today(int plusDays) {
        return LocalDate.now(clock).plusDays(plusDays).toString();
    }

    @Test
    void draftToPublicationFilingEvaluationAndRepeal() {
        signIn("jingban");
        page.click("text=文件管理");
        page.click("#normdoc-new");
        page.fill("#title", "示范县个体工商户年度报告便利化规定");
        page.fill("#basis", "落实《优化营商环境条例》，便利个体工商户年度报告");
        page.click("#normdoc-submit");
        assertThat(page.locator("#normdoc-status")).hasText("已立项");
        page.fill("#text", "第一条 为便利个体工商户报送年度报告，制定本规定。\n第二条 个体工商户可以通过国家企业信用信息公示系统报送年度报告。\n第三条 本规定自印发之日起施行。");
        page.fill("#note", "初稿");
        page.click("#version-submit");
        assertThat(page.locator("#normdoc-status")).hasText("起草中");
        page.fill("#from", today(-40));
        page.fill("#until", today(-5));
        page.click("#consultation-submit");
        assertThat(page.locator("#normdoc-status")).hasText("征求意见中");
        Browsers.screenshot(page, "normdocs-01-consultation");
        page.fill("#summary", "征求意见期间收到意见0条。");
        page.click("#close-submit");
        page.click("#review-submit");
        assertThat(page.locator("#in-review")).isVisible();
        String docUrl = page.url();

        signIn("sifaju");
        page.click("text=审查事项");
        page.click("text=示范县个体工商户年度报告便利化规定");
        page.selectOption("#assignee", "shencha");
        page.click("#assign-submit");
        assertThat(page.locator("#review-status")).hasText("审查中");
        String reviewUrl = page.url();

        signIn("shencha");
        page.navigate(reviewUrl);
        assertThat(page.locator("#review-title")).containsText("个体工商户年度报告");
        page.fill("#quotedText", "第三条 本规定自印发之日起施行。");
        page.fill("#opinion", "建议明确有效期");
        page.fill("#basis", "本县规范性文件有效期一般不超过5年");
        page.click("#opinion-submit");
        page.selectOption("#outcome", "PASSED_WITH_CHANGES");
        page.fill("#conclusion", "制定主体适格，程序合法，内容不违反上位法，按意见修改后可以提交审议。");
        page.click("#conclude-submit");
        assertThat(page.locator("#review-outcome")).hasText("修改后通过");
        assertThat(page.locator("#review-opinion-doc")).containsText("示司法审");
        Browsers.screenshot(page, "normdocs-02-review-concluded");

        signIn("jingban");
        page.navigate(reviewUrl);
        page.locator(".response-form select").first().selectOption("ADOPTED");
        page.locator(".response-form button").first().click();
        assertThat(page.locator("#opinion-table")).containsText("采纳");
        page.navigate(docUrl);
        assertThat(page.locator("#normdoc-status")).hasText("合法性审核通过");
        page.fill("#meeting", "示范县市场监督管理局2026年第9次局务会议");
        page.click("#deliberation-submit");
        page.fill("#signer", "王局长");
        page.click("#registration-submit");
        assertThat(page.locator("#normdoc-number")).containsText("示市监规");
        page.click("#publication-submit");
        assertThat(page.locator("#normdoc-status")).hasText("已公布");
        assertThat(page.locator("#normdoc-effect")).hasText("有效");
        page.locator("#filing-NPC .filing-form button").click();
        assertThat(page.locator("#filing-NPC .filing-status")).hasText("已报备待审查");
        Browsers.screenshot(page, "normdocs-03-published-filed");

        signIn("sifaju");
        page.navigate(docUrl);
        page.locator("#filing-NPC input[name=text]").fill("示人大备〔2026〕12号");
        page.locator("#filing-NPC .filing-result-form button").click();
        assertThat(page.locator("#filing-NPC .filing-status")).hasText("准予备案");
        page.selectOption("#result", "REPEAL");
        page.fill("#report", "国家已统一年度报告制度，本规定无需继续保留。");
        page.click("#evaluation-submit");
        page.fill("#reason", "经实施后评估，建议废止");
        page.click("#repeal-submit");
        assertThat(page.locator("#normdoc-status")).hasText("已废止");
        assertThat(page.locator("#step-table")).containsText("实施后评估");
        assertThat(page.locator("#step-table a")).hasCount(9);
        Browsers.screenshot(page, "normdocs-04-repealed");

        page.navigate(url("/portal/normdocs?q=" + "个体工商户年度报告"));
        assertThat(page.locator(".search-hit").first()).containsText("个体工商户");
        assertThat(page.locator(".search-hit em").first()).isVisible();
        Browsers.screenshot(page, "normdocs-05-portal-search");
    }

    @Test
    void reviewAssistantFlagsAFineAndLeavesAnOrdinarySentenceAlone() {
        signIn("jingban");
        page.navigate(url("/review/requests/new"));
        page.selectOption("#kind", "OTHER");
        page.fill("#title", "示范县夜市摊点管理通告（送审稿）");
        page.fill("#text", "一、夜市摊点应当在划定区域内经营。\n二、违反本通告的，由县综合执法局处以200元以上1000元以下罚款。\n三、本通告自发布之日起施行。");
        page.click("#review-submit");
        assertThat(page.locator("#review-message")).isVisible();
        assertThat(page.locator("#findings-table tr[data-rule=PENALTY]")).hasCount(1);
        assertThat(page.locator("#findings-table tr[data-rule=PENALTY]")).containsText("处以200元以上1000元以下罚款");
        assertThat(page.locator("#findings-table")).containsText("行政处罚法》第十六条");
        assertThat(page.locator("#findings-table")).not().containsText("本通告自发布之日起施行");
        Browsers.screenshot(page, "normdocs-06-assistant");
    }

    @Test
    void lateFilingAndApproachingExpiryLightUpOnTheWorklist() throws Exception {
        ApiClient api = new ApiClient(mvc, users, json);
        long market = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县市场监督管理局'").query(Long.class).single();
        long id = api.post("jingban", "/api/v1/normdocs", Map.of("unitId", market, "title", "示范县早点摊点食品安全管理规定",
                "text", "第一条 早点摊点应当持健康证明经营。")).body().get("document").get("id").asLong();
        jdbc.sql("UPDATE nd_document SET proposed_on = :d WHERE id = :id").param("d", LocalDate.now(clock).minusDays(400))
                .param("id", id).update();
        String p = "/api/v1/normdocs/" + id;
        api.post("jingban", p + "/consultation", Map.of("from", today(-50), "until", today(-10)));
        api.post("jingban", p + "/consultation/close", Map.of("summary", "无意见"));
        long request = api.post("jingban", p + "/legality-review", Map.of()).body().get("document").get("reviewRequestId").asLong();
        api.post("sifaju", "/api/v1/review/requests/" + request + "/assign", Map.of("assignee", "sifaju"));
        api.post("sifaju", "/api/v1/review/requests/" + request + "/conclude", Map.of("outcome", "PASSED", "conclusion", "合法"));
        api.post("jingban", p + "/deliberation", Map.of("meeting", "局务会议", "date", today(-250)));
        api.post("jingban", p + "/registration", Map.of("signer", "局长", "issuedOn", today(-240), "effectiveOn", today(-230), "validityYears", 1));
        assertThat(api.post("jingban", p + "/publication", Map.of("publishedOn", today(-230), "channel", "县人民政府门户网站")).status())
                .isEqualTo(200);

        signIn("jingban");
        page.navigate(url("/worklist?keyword=" + "早点摊点"));
        var rows = page.locator("#worklist-table tbody tr[data-light=RED]");
        assertThat(rows).hasCount(3);
        assertThat(page.locator("#worklist-table")).containsText("报本级人大常委会备案");
        assertThat(page.locator("#worklist-table")).containsText("有效期将于");
        Browsers.screenshot(page, "normdocs-07-worklist-red");
    }

    @Test
    void statisticsAndPublicLibrary() {
        signIn("sifaju");
        page.navigate(url("/normdocs/stats"));
        assertThat(page.locator("#fig-ND_ISSUED")).isVisible();
        page.waitForSelector("#chart-normdocs canvas");
        Browsers.screenshot(page, "normdocs-08-stats");
        page.locator("#fig-RV_REQUESTS .fig-value").click();
        assertThat(page.locator("#drill-table")).isVisible();
        page.navigate(url("/portal/normdocs"));
        assertThat(page.locator("#portal-library")).isVisible();
        Browsers.screenshot(page, "normdocs-09-portal-library");
        page.navigate(url("/portal"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("行政规范性文件库")).first()).isVisible();
    }

    @Test
    void reviewMaterialsStatisticsAndExports() {
        signIn("jingban");
        page.navigate(url("/review/requests/new"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.selectOption("#kind", "CONTRACT");
        page.fill("#title", "示范县市场监督管理局执法记录仪采购合同");
        page.fill("#text", "第一条 甲方向乙方采购执法记录仪二十台。\n第二条 乙方逾期交付的，每日按合同价款的千分之一支付违约金。");
        page.setInputFiles("#files", new com.microsoft.playwright.options.FilePayload("执法记录仪采购合同（送审稿）.pdf",
                "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.click("#review-submit");
        assertThat(page.locator("#review-message")).isVisible();
        assertThat(page.locator("#review-materials .review-material")).hasText("执法记录仪采购合同（送审稿）.pdf");
        com.microsoft.playwright.Download material = page.waitForDownload(() ->
                page.locator("#review-materials .review-material").first().click());
        assertThat(material.suggestedFilename()).isEqualTo("执法记录仪采购合同（送审稿）.pdf");
        Browsers.screenshot(page, "normdocs-10-review-materials");

        signIn("sifaju");
        page.navigate(url("/review/requests?kind=CONTRACT"));
        com.microsoft.playwright.Download queue = page.waitForDownload(() -> page.click("#review-export"));
        assertThat(queue.suggestedFilename()).isEqualTo("合法性审查事项.xlsx");
        page.navigate(url("/review/stats"));
        assertThat(page.locator("#review-figures")).isVisible();
        assertThat(page.locator("#fig-total")).not().hasText("0");
        page.waitForSelector("#chart-review canvas");
        Browsers.screenshot(page, "normdocs-11-review-stats");
        com.microsoft.playwright.Download stats = page.waitForDownload(() -> page.click("#review-stats-export"));
        assertThat(stats.suggestedFilename()).startsWith("合法性审查统计").endsWith(".xlsx");

        page.click("text=备案台账");
        assertThat(page.locator("#filings-table")).isVisible();
        Browsers.screenshot(page, "normdocs-12-filings");
        com.microsoft.playwright.Download filings = page.waitForDownload(() -> page.click("#filings-export"));
        assertThat(filings.suggestedFilename()).isEqualTo("规范性文件备案台账.xlsx");
    }
}
