package org.fazhi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.FixedCaptchaConfiguration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 政府信息公开 in a real browser, as a clerk of the county 司法局 would use it: each path of a request (answered, extended,
 * 补正 then answered, not cured, third-party consulted, partly disclosed, not held, repeat, excessive with fee) through
 * the pages, each ending with its letter; the annual report with its drill-down and publication; the public portal's
 * application and status lookup. Screenshots go to {@code target/screenshots/disclosure-*.png}.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureBrowserTests extends BrowserTestBase {


    /** Registers an in-person application received on {@code day} and lands on its detail page. */
    private void register(String name, String type, String day) {
        page.navigate(url("/disclosure/requests"));
        page.click("#new-request");
        page.selectOption("#channel", "IN_PERSON");
        page.fill("#channelDate", day);
        page.selectOption("#applicantType", type);
        page.fill("#applicantName", name);
        page.selectOption("#idType", type.equals("NATURAL_PERSON") ? "身份证" : "统一社会信用代码");
        page.fill("#idNumber", type.equals("NATURAL_PERSON") ? "990121199001010014" : "91990121MA0TEST001");
        page.fill("#phone", "13800001111");
        page.fill("#address", "示范县城关镇人民路 1 号");
        page.fill("#description", "2025年示范县法律援助经费使用情况（" + name + "）");
        page.click("#request-submit");
        assertThat(page.locator("#request-message")).containsText("查询验证码");
        assertThat(page.locator("#deadline-REPLY")).isVisible();
    }

    private void open(String summary) {
        page.click("summary:has-text('" + summary + "')");
    }

    private void reply(String type, String text, String withheld, String day) {
        // disclosure.js binds the reply-type select on DOMContentLoaded; choosing before that would fill no basis.
        page.waitForLoadState(LoadState.LOAD);
        page.selectOption("#reply-type-select", type);
        assertThat(page.locator("#legal-basis")).hasValue(java.util.regex.Pattern.compile("政府信息公开条例"));
        if (text != null) {
            page.fill("#reply-text", text);
        }
        if (withheld != null) {
            page.fill("#withheld-reasons", withheld);
        }
        page.fill("#reply-on", day);
        page.click("#reply-submit");
        assertThat(page.locator("#request-status")).hasText("已答复");
        assertThat(page.locator("#letters-table")).containsText("政府信息公开申请答复书");
    }

    private void shot(String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Browsers.screenshot(page, "disclosure-" + name);
    }

    @Test
    void answeredAndServed() {
        signIn("sifaju");
        register("浏览器甲", "NATURAL_PERSON", "2025-09-01");
        // 20 WD: 9/2 … 9/26 are 19, Sunday 9/28 is an official make-up working day (国庆调休)
        assertThat(page.locator("#deadline-REPLY .due")).hasText("2025-09-28");
        reply("DISCLOSED", "已通过电子邮件提供《2025年法律援助经费使用情况表》", null, "2025-09-10");
        assertThat(page.locator("#report-row")).containsText("予以公开");
        page.locator(".serve-form").first().locator("input[name=on]").fill("2025-09-11");
        page.locator(".serve-form").first().locator("button").click();
        assertThat(page.locator("#letters-table")).containsText("直接送达 2025-09-11");
        assertThat(page.locator("#applicant-id")).hasText("990121199001010014");
        shot("01-answered");
    }

    @Test
    void extendedOnceWithApproval() {
        signIn("sifaju");
        register("浏览器乙", "NATURAL_PERSON", "2025-09-01");
        open("延长答复期限");
        page.fill("#action-extend input[name=approver]", "");
        page.fill("#action-extend input[name=reason]", "需调取历年档案");
        page.fill("#action-extend input[name=on]", "2025-09-20");
        page.click("#action-extend button");
        assertThat(page.locator("#request-error")).containsText("负责人同意");
        open("延长答复期限");
        page.fill("#action-extend input[name=approver]", "司法局办公室主任 王强");
        page.fill("#action-extend input[name=approvedOn]", "2025-09-19");
        page.fill("#action-extend input[name=reason]", "需调取历年档案");
        page.fill("#action-extend input[name=on]", "2025-09-20");
        page.click("#action-extend button");
        // 40 WD from 2025-09-01 across 国庆 (10/1–10/8 off, 9/28 and 10/11 make-up days)
        assertThat(page.locator("#deadline-REPLY .due")).hasText("2025-10-31");
        assertThat(page.locator("#letters-table")).containsText("延长答复期限告知书");
        shot("02-extended");
        reply("DISCLOSED", "提供2020—2025年法律援助经费表", null, "2025-10-20");
    }

    @Test
    void cureThenAnswered() {
        signIn("sifaju");
        register("浏览器丙", "NATURAL_PERSON", "2025-09-01");
        open("一次性告知补正");
        page.fill("#action-cure-request textarea[name=items]", "请写明所需信息的年度和文件名称");
        page.fill("#action-cure-request input[name=on]", "2025-09-02");
        page.click("#action-cure-request button");
        assertThat(page.locator("#request-status")).hasText("待补正");
        assertThat(page.locator("#deadline-CURE")).isVisible();
        assertThat(page.locator("#letters-table")).containsText("补正告知书");
        page.fill("#action-cured input[name=on]", "2025-09-15");
        page.click("#action-cured button");
        // restarted from 9/15: 20 WD → 10/17 across 国庆 (9/28 and 10/11 worked, 10/1–10/8 off)
        assertThat(page.locator("#deadline-REPLY .due")).hasText("2025-10-17");
        assertThat(page.locator("#deadline-REPLY")).containsText("补正");
        shot("03-cured");
        reply("DISCLOSED", "提供2025年法律援助经费使用情况表", null, "2025-09-25");
    }

    @Test
    void notCuredClosesAsOtherHandling() {
        signIn("sifaju");
        register("浏览器丁", "OTHER_ORG", "2025-09-01");
        open("一次性告知补正");
        page.fill("#action-cure-request textarea[name=items]", "请写明文件名称");
        page.fill("#action-cure-request input[name=cureDays]", "5");
        page.fill("#action-cure-request input[name=on]", "2025-09-02");
        page.click("#action-cure-request button");
        page.fill("#action-not-cured input[name=on]", "2025-09-05");
        page.click("#action-not-cured button");
        assertThat(page.locator("#request-error")).containsText("尚未届满");
        page.fill("#action-not-cured input[name=on]", "2025-09-20");
        page.click("#action-not-cured button");
        assertThat(page.locator("#request-status")).hasText("已终止");
        assertThat(page.locator("#report-row")).containsText("逾期不补正");
        assertThat(page.locator("#letters-table")).containsText("终止处理告知书");
        shot("04-not-cured");
    }

    @Test
    void thirdPartyConsultedThenWithheld() {
        signIn("sifaju");
        register("浏览器戊", "COMMERCIAL", "2025-09-01");
        open("书面征求意见");
        page.selectOption("#action-consult select[name=kind]", "THIRD_PARTY");
        page.fill("#action-consult input[name=party]", "示范县某律师事务所");
        page.fill("#action-consult input[name=sentOn]", "2025-09-03");
        page.fill("#action-consult input[name=partyReceivedOn]", "2025-09-04");
        page.click("#action-consult button");
        assertThat(page.locator("#deadline-CONSULTATION")).isVisible();
        assertThat(page.locator("#deadlines-table")).containsText("第三十三条第三款");
        shot("05-consulting");
        page.locator(".consultation-answer select[name=result]").selectOption("OBJECT");
        page.locator(".consultation-answer input[name=on]").fill("2025-09-15");
        page.locator(".consultation-answer input[name=opinion]").fill("涉及本所与委托人的商业秘密");
        page.locator(".consultation-answer button").click();
        assertThat(page.locator("#children")).containsText("不同意公开");
        page.check("input[name=grounds][value=THIRD_PARTY]");
        reply("WITHHELD", null, "第三方书面提出不同意公开并说明了理由，公开会损害其合法权益", "2025-09-22");
        assertThat(page.locator("#report-row")).containsText("保护第三方合法权益");
        shot("05-withheld");
    }

    @Test
    void partlyDisclosed() {
        signIn("sifaju");
        register("浏览器己", "RESEARCH", "2025-09-01");
        page.check("input[name=grounds][value=THIRD_PARTY]");
        reply("PARTIAL", "提供经费总额和使用结构", "受援人姓名、身份证号属于个人隐私", "2025-09-12");
        assertThat(page.locator("#report-row")).containsText("部分公开");
        shot("06-partial");
    }

    @Test
    void notHeld() {
        signIn("sifaju");
        register("浏览器庚", "NONPROFIT", "2025-09-01");
        reply("NOT_HELD", null, null, "2025-09-12");
        assertThat(page.locator("#report-row")).containsText("本机关不掌握相关政府信息");
        shot("07-not-held");
    }

    @Test
    void repeatApplication() {
        signIn("sifaju");
        register("浏览器辛", "LEGAL_SERVICE", "2025-09-01");
        page.fill("#repeat-of", "GK2025000001");
        reply("REPEAT", null, null, "2025-09-05");
        assertThat(page.locator("#report-row")).containsText("重复申请");
        shot("08-repeat");
    }

    @Test
    void excessiveWithFee() {
        signIn("sifaju");
        register("浏览器壬", "COMMERCIAL", "2025-09-01");
        open("申请数量、频次明显超过合理范围");
        page.fill("#action-ask-reasons input[name=note]", "该申请人本月已提出 45 件申请");
        page.fill("#action-ask-reasons input[name=on]", "2025-09-02");
        page.click("#action-ask-reasons button");
        assertThat(page.locator("#letters-table")).containsText("说明理由通知书");
        open("申请数量、频次明显超过合理范围");
        page.selectOption("#action-fee-notice select[name=method]", "PER_PAGE");
        page.fill("#action-fee-notice input[name=pages]", "150");
        page.fill("#action-fee-notice input[name=on]", "2025-09-03");
        page.click("#action-fee-notice button");
        assertThat(page.locator("#request-status")).hasText("待缴费");
        assertThat(page.locator("#children")).containsText("1700");
        assertThat(page.locator("#deadline-FEE_PAYMENT")).isVisible();
        assertThat(page.locator("#letters-table")).containsText("信息处理费收费通知书");
        shot("09-fee-notice");
        page.fill("#action-fee-paid input[name=on]", "2025-09-10");
        page.click("#action-fee-paid button");
        assertThat(page.locator("#request-status")).hasText("办理中");
        reply("DISCLOSED", "以纸质复印件邮寄提供", null, "2025-09-19");
        shot("09-fee-answered");
    }

    @Test
    @Order(Integer.MAX_VALUE) // after the request paths, whose 2025 requests it reports
    void annualReportWithDrillDownAndPublication() {
        signIn("sifaju");
        page.navigate(url("/disclosure/requests?year=2025"));
        shot("10-queue");
        page.navigate(url("/disclosure/reports"));
        page.fill("#report-start input[name=year]", "2025");
        page.click("#report-start-submit");
        assertThat(page.locator("#identity-check")).hasClass(java.util.regex.Pattern.compile("alert-success"));
        page.fill("textarea[name=overview]", "本年度，县司法局依法做好政府信息公开工作。");
        page.fill("textarea[name=problems]", "依申请公开答复的规范化程度有待提高。");
        page.fill("#normdocsMade", "2");
        page.click("#report-save");
        assertThat(page.locator("#report-message")).isVisible();
        assertThat(page.locator("#t3-NEW-TOTAL a")).not().hasText("0");
        assertThat(page.locator("#t3-OTHER_NOT_CURED-OTHER_ORG a")).not().hasText("0");
        page.click("#t3-NEW-TOTAL a");
        assertThat(page.locator("#cell-table")).containsText("浏览器");
        page.goBack();
        page.click("#report-publish-submit");
        assertThat(page.locator("#report-published")).isVisible();
        assertThat(page.locator("#fees-sentence")).containsText("信息处理费");
        assertThat(page.locator("#t4-RECONSIDERATION-4")).isVisible();
        shot("11-report");
        page.navigate(url("/disclosure/statistics?year=2025"));
        page.waitForSelector("#chart-disclosure-results canvas");
        assertThat(page.locator("#fig-DISCLOSURE_REQUESTS")).not().hasText("0");
        shot("12-statistics");
    }

    @Test
    void portalApplicationAndStatus() throws Exception {
        Path pdf = Files.createTempFile("身份证明", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.UTF_8);
        page.navigate(url("/portal/disclosure"));
        page.selectOption("#applicantType", "NATURAL_PERSON");
        page.fill("#applicantName", "门户申请人");
        page.fill("#idNumber", "990121199001010014");
        page.fill("#phone", "13700001111");
        page.fill("#description", "2025年示范县城乡低保资金发放情况");
        page.setInputFiles("#files", pdf);
        page.fill("#captcha", FixedCaptchaConfiguration.ANSWER);
        shot("13-portal-apply");
        page.click("#apply-submit");
        String number = page.locator("#submitted-number").textContent().strip();
        String code = page.locator("#submitted-code").textContent().strip();
        assertThat(number).startsWith("GK");
        shot("13-portal-submitted");
        page.navigate(url("/portal/disclosure"));
        page.fill("#lookup-number", number);
        page.fill("#lookup-code", code);
        page.click("#lookup-submit");
        assertThat(page.locator("#portal-status")).hasText("待确认收到");
        shot("14-portal-status");
        Files.deleteIfExists(pdf);
    }
}
