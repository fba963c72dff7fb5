package org.fazhi.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.FixedCaptchaConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政复议 in a real browser, as the 司法局 clerk (sifaju) works it on the demo county: one case through each path of
 * issue 3 (deemed acceptance, 补正 then acceptance, simple procedure decided, ordinary procedure with hearing, extension
 * and 中止, mediation, not accepted, withdrawn), each producing its documents; the respondent's limited view; the
 * statistics; and the public portal from application to progress lookup. No console errors are tolerated.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconsiderationBrowserTests extends BrowserTestBase {


    /** Registers an application through the staff form and lands on its case page. */
    private void register(String applicant, String received, String respondent) {
        page.navigate(url("/reconsideration/cases"));
        page.click("#recon-new");
        page.selectOption("#channel", "IN_PERSON");
        page.fill("#receivedOn", received);
        page.selectOption("#respondentUnitId", new com.microsoft.playwright.options.SelectOption().setLabel(respondent));
        page.fill("#applicantName", applicant);
        page.fill("#applicantPhone", "13700000000");
        page.fill("#actType", "行政处罚");
        page.fill("#actTitle", "行政处罚决定书");
        page.fill("#actNumber", "示市监罚〔2025〕" + applicant.length() + "号");
        page.fill("#actDate", received);
        page.fill("#knownOn", received);
        page.fill("#request", "请求撤销被申请人作出的行政处罚决定");
        page.fill("#facts", "被申请人认定事实不清。");
        page.click("#recon-submit");
        assertThat(page.locator("#recon-message")).containsText("已登记行政复议申请");
        assertThat(page.locator("#case-applicant")).hasText(applicant);
        assertThat(page.locator("#deadline-ACCEPTANCE_REVIEW")).containsText("第三十条");
    }

    /** Opens a step's form on the case page, fills it and submits it; expects it done. */
    private void act(String slug, Map<String, String> fields) {
        Locator form = page.locator("#action-" + slug);
        if (form.getAttribute("open") == null) {
            form.locator("summary").click();
        }
        fields.forEach((name, value) -> {
            Locator field = form.locator("[name=" + name + "]");
            if ("SELECT".equals(field.evaluate("e => e.tagName"))) {
                field.selectOption(value);
            } else {
                field.fill(value);
            }
        });
        form.locator("#submit-" + slug).click();
        assertThat(page.locator("#recon-error")).hasCount(0);
        assertThat(page.locator("#recon-message")).containsText("已办理");
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private void expectDocument(String title) {
        assertThat(page.locator("#case-documents")).containsText(title);
    }

    @Test
    void deemedAcceptanceOverSpringFestival() {
        signIn("sifaju");
        register("浏览器视为受理", "2025-01-24", "示范县市场监督管理局");
        assertThat(page.locator("#deadline-ACCEPTANCE_REVIEW .deadline-due")).hasText("2025-02-07");
        act("deem-accepted", fields("procedure", "ORDINARY"));
        assertThat(page.locator("#case-status")).hasText("审理中");
        assertThat(page.locator("#case-accepted")).containsText("2025-02-07（视为受理）");
        assertThat(page.locator("#deadline-DECISION .deadline-due")).hasText("2025-04-08");
        expectDocument("行政复议受理通知书");
        Browsers.screenshot(page, "recon-01-deemed-acceptance");
    }

    @Test
    void cureThenAcceptance() {
        signIn("sifaju");
        register("浏览器补正", "2025-03-03", "示范县市场监督管理局");
        act("request-cure", fields("date", "2025-03-05", "reason", "请补充提交行政处罚决定书复印件和身份证明。"));
        assertThat(page.locator("#case-status")).hasText("补正中");
        // 10 working days from Wed 03-05: 03-19.
        assertThat(page.locator("#deadline-CURE .deadline-due")).hasText("2025-03-19");
        expectDocument("行政复议申请补正通知书");
        act("cure-received", fields("date", "2025-03-12"));
        // Review restarts: five working days from Wed 03-12 is Wed 03-19.
        assertThat(page.locator("#deadline-ACCEPTANCE_REVIEW .deadline-due")).hasText("2025-03-19");
        act("accept", fields("date", "2025-03-14", "procedure", "ORDINARY"));
        assertThat(page.locator("#case-status")).hasText("审理中");
        expectDocument("行政复议受理通知书");
        Browsers.screenshot(page, "recon-02-cure-then-acceptance");
    }

    @Test
    void simpleProcedureDecided() {
        signIn("sifaju");
        register("浏览器简易程序", "2025-04-01", "示范县市场监督管理局");
        act("accept", fields("date", "2025-04-02", "procedure", "SIMPLE", "reason", "警告类行政处罚，事实清楚、争议不大（第五十三条第一款第二项）"));
        assertThat(page.locator("#case-procedure")).hasText("简易程序");
        // 30 日 from 04-02 is Fri 05-02, inside the 劳动节 holiday (05-01..05-05): rolled forward to Tue 05-06.
        assertThat(page.locator("#deadline-DECISION .deadline-due")).hasText("2025-05-06");
        act("send-copy", fields("date", "2025-04-03"));
        act("record-answer", fields("date", "2025-04-09", "reason", "被申请人认为处罚适当。"));
        act("decide", fields("date", "2025-04-25", "decisionType", "UPHOLD",
                "reason", "被申请人作出的警告决定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。"));
        assertThat(page.locator("#case-decision")).hasText("维持");
        expectDocument("行政复议决定书");
        act("close", fields("date", "2025-04-28"));
        assertThat(page.locator("#case-status")).hasText("已结案");
        Browsers.screenshot(page, "recon-03-simple-decided");
    }

    @Test
    void ordinaryProcedureWithHearing() {
        signIn("sifaju");
        register("浏览器听证", "2025-05-06", "示范县市场监督管理局");
        act("accept", fields("date", "2025-05-07", "procedure", "ORDINARY"));
        act("send-copy", fields("date", "2025-05-08"));
        expectDocument("提出行政复议答复通知书");
        act("schedule-hearing", fields("date", "2025-05-12", "hearingOn", "2025-05-20", "place", "县司法局听证室"));
        expectDocument("行政复议听证通知书");
        act("hold-hearing", fields("date", "2025-05-20", "reason", "双方就处罚依据进行了质证，被申请人负责人出席。"));
        Locator consult = page.locator("#action-consult-committee");
        consult.locator("summary").click();
        String first = consult.locator("[name=memberIds] option").first().getAttribute("value");
        consult.locator("[name=memberIds]").selectOption(first);
        act("consult-committee", fields("date", "2025-05-26", "reason", "多数委员认为被申请人程序违法，建议撤销。"));
        assertThat(page.locator("#case-timeline")).containsText("委员吴建国");
        act("decide", fields("date", "2025-06-10", "decisionType", "REVOKE",
                "reason", "被申请人作出处罚决定前未告知申请人陈述申辩权利，程序违法，依法撤销。"));
        assertThat(page.locator("#case-decision")).hasText("撤销或者部分撤销");
        expectDocument("行政复议决定书");
        Browsers.screenshot(page, "recon-04-ordinary-hearing");
    }

    @Test
    void extensionAndSuspension() {
        signIn("sifaju");
        register("浏览器延期中止", "2025-06-03", "示范县市场监督管理局");
        act("accept", fields("date", "2025-06-04", "procedure", "ORDINARY"));
        act("send-copy", fields("date", "2025-06-05"));
        assertThat(page.locator("#deadline-DECISION .deadline-due")).hasText("2025-08-04");
        act("extend", fields("date", "2025-07-20", "days", "30", "approver", "县司法局副局长李某"));
        assertThat(page.locator("#deadline-DECISION .deadline-due")).hasText("2025-09-02");
        expectDocument("行政复议延期审理通知书");
        // Extended once: the page no longer offers an extension (a second one is refused, see the API tests).
        assertThat(page.locator("#action-extend")).hasCount(0);
        act("suspend", fields("date", "2025-07-25", "ground", "RELATED_CASE"));
        assertThat(page.locator("#case-status")).hasText("中止审理");
        expectDocument("行政复议中止审理通知书");
        act("resume", fields("date", "2025-08-04"));
        // 07-26..08-04 (10 days) are not counted: 09-02 + 10 = 09-12.
        assertThat(page.locator("#deadline-DECISION .deadline-due")).hasText("2025-09-12");
        expectDocument("行政复议恢复审理通知书");
        Browsers.screenshot(page, "recon-05-extension-suspension");
    }

    @Test
    void mediation() {
        signIn("sifaju");
        register("浏览器调解", "2025-07-01", "示范县市场监督管理局");
        act("accept", fields("date", "2025-07-02", "procedure", "ORDINARY"));
        act("send-copy", fields("date", "2025-07-03"));
        act("mediate", fields("date", "2025-07-30", "reason", "被申请人将罚款调整为五百元，申请人撤回其他复议请求。"));
        assertThat(page.locator("#case-decision")).hasText("调解书");
        expectDocument("行政复议调解书");
        Browsers.screenshot(page, "recon-06-mediation");
    }

    @Test
    void notAccepted() {
        signIn("sifaju");
        register("浏览器不予受理", "2025-08-01", "示范县市场监督管理局");
        act("reject", fields("date", "2025-08-05", "reason", "申请人不服的是信访处理意见，不属于行政复议范围。"));
        assertThat(page.locator("#case-status")).hasText("不予受理");
        expectDocument("不予受理行政复议申请决定书");
        assertThat(page.locator("#case-actions details")).hasCount(0);
        Browsers.screenshot(page, "recon-07-not-accepted");
    }

    @Test
    void withdrawn() {
        signIn("sifaju");
        register("浏览器撤回", "2025-09-01", "示范县市场监督管理局");
        act("accept", fields("date", "2025-09-02", "procedure", "ORDINARY"));
        act("withdraw", fields("date", "2025-09-10", "reason", "申请人书面申请撤回行政复议申请。"));
        assertThat(page.locator("#case-decision")).hasText("撤回申请终止");
        expectDocument("行政复议终止决定书");
        Browsers.screenshot(page, "recon-08-withdrawn");
    }

    @Test
    void respondentSeesOwnCasesAndStatisticsShowFigures() {
        signIn("danwei");
        page.navigate(url("/reconsideration/cases"));
        assertThat(page.locator("#recon-cases")).containsText("李明");
        assertThat(page.locator("#recon-cases")).not().containsText("赵强");
        assertThat(page.locator("#recon-new")).hasCount(0);
        Browsers.screenshot(page, "recon-09-respondent-list");
        context.clearCookies();
        signIn("sifaju");
        page.navigate(url("/reconsideration/statistics"));
        assertThat(page.locator("#fig-RECON_CORRECTION_RATE")).containsText("纠错率");
        page.waitForSelector("#chart-decisions canvas");
        Browsers.screenshot(page, "recon-10-statistics");
        page.navigate(url("/reconsideration/litigation"));
        assertThat(page.locator("#lit-table")).containsText("示范县人民法院");
        Browsers.screenshot(page, "recon-11-litigation");
    }

    @Test
    void portalApplicationToProgress() {
        page.navigate(url("/portal/reconsideration"));
        assertThat(page.locator("#portal-decisions")).containsText("撤销");
        assertThat(page.locator("#portal-decisions")).not().containsText("陈静");
        page.click("#portal-apply");
        page.fill("#applicantName", "门户申请人");
        page.fill("#applicantPhone", "13600000000");
        page.selectOption("#respondentUnitId", new com.microsoft.playwright.options.SelectOption().setLabel("示范县市场监督管理局"));
        page.selectOption("#actType", "行政处罚");
        page.fill("#actTitle", "当场行政处罚决定书");
        page.fill("#actDate", java.time.LocalDate.now().minusDays(5).toString());
        page.fill("#knownOn", java.time.LocalDate.now().minusDays(5).toString());
        page.fill("#request", "请求撤销当场作出的罚款决定");
        page.check("#electronicServiceConsent1");
        page.setInputFiles("#files", new FilePayload("处罚决定书.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        page.fill("#captcha", FixedCaptchaConfiguration.ANSWER);
        Browsers.screenshot(page, "recon-12-portal-apply");
        page.click("#portal-apply-submit");
        String number = page.locator("#applied-number").innerText();
        String code = page.locator("#applied-code").innerText();
        assertThat(number).matches("示政复〔\\d{4}〕\\d+号");
        Browsers.screenshot(page, "recon-13-portal-applied");

        page.navigate(url("/portal/reconsideration/progress"));
        page.fill("#number", number);
        page.fill("#code", "WRONGCODE");
        page.fill("#captcha", FixedCaptchaConfiguration.ANSWER);
        page.click("#portal-progress-submit");
        assertThat(page.locator("#portal-error")).containsText("查询码不正确");
        page.fill("#number", number);
        page.fill("#code", code);
        page.fill("#captcha", FixedCaptchaConfiguration.ANSWER);
        page.click("#portal-progress-submit");
        assertThat(page.locator("#progress-status")).hasText("受理审查中");
        assertThat(page.locator("#progress-steps")).containsText("登记申请");
        Browsers.screenshot(page, "recon-14-portal-progress");

        // The office sees the online application with its attachment, accepts it, and the applicant gets the notice.
        signIn("sifaju");
        page.navigate(url("/reconsideration/cases?keyword=" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)));
        page.locator("#recon-cases a").first().click();
        assertThat(page.locator("#case-materials")).containsText("处罚决定书.pdf");
        act("accept", fields("procedure", "ORDINARY", "serviceMethod", "ELECTRONIC"));
        context.clearCookies();
        page.navigate(url("/portal/reconsideration/progress"));
        page.fill("#number", number);
        page.fill("#code", code);
        page.fill("#captcha", FixedCaptchaConfiguration.ANSWER);
        page.click("#portal-progress-submit");
        assertThat(page.locator("#progress-status")).hasText("审理中");
        assertThat(page.locator("#progress-documents")).containsText("行政复议受理通知书");
        com.microsoft.playwright.Download download = page.waitForDownload(() ->
                page.locator("#progress-documents button").first().click());
        assertThat(download.suggestedFilename()).endsWith(".docx");
        Browsers.screenshot(page, "recon-15-portal-documents");
    }
}
