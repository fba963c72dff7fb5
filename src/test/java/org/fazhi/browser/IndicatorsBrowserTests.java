package org.fazhi.browser;


import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators and annual reports in a real browser: a unit fills its form, the 司法局 returns it, the unit corrects
 * it; the county dashboard with drill-down to the records; a report drafted, reviewed, signed, submitted and
 * published, then read on the portal. Screenshots go to {@code target/screenshots}; console errors fail the test.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsBrowserTests extends BrowserTestBase {


    private void logout() {
        page.click("#logout");
        assertThat(page.locator("#login-submit")).isVisible();
    }

    @Test
    void unitFillsReviewerReturnsUnitCorrects() {
        signIn("danwei");
        page.click("text=指标填报");
        page.fill("#open-year", "2016");
        page.click("#form-open-submit");
        assertThat(page.locator("#form-heading")).containsText("2016年度指标填报表");
        String formUrl = page.url();
        page.fill("#num_ENF_CERTIFIED_OFFICERS", "30");
        page.fill("#num_RECON_APPLICATIONS", "4");
        page.fill("#num_RECON_CONCLUDED", "5");
        page.click("#form-save");
        assertThat(page.locator("#form-error")).containsText("不能超过「收到行政复议申请」4件");
        Browsers.screenshot(page, "ind-01-form-refused");
        page.fill("#num_ENF_CERTIFIED_OFFICERS", "30");
        page.fill("#num_RECON_APPLICATIONS", "4");
        page.fill("#num_RECON_CONCLUDED", "3");
        page.click("#form-submit");
        assertThat(page.locator("#form-status")).hasText("已报送待审核");
        Browsers.screenshot(page, "ind-02-form-submitted");
        logout();

        signIn("sifaju");
        page.navigate(formUrl);
        page.fill("#review-comment", "持证执法人员数与执法证件台账不一致，请核实后重报");
        page.click("#review-return");
        assertThat(page.locator("#form-status")).hasText("已退回待修改");
        Browsers.screenshot(page, "ind-03-form-returned");
        logout();

        signIn("danwei");
        page.navigate(formUrl);
        assertThat(page.locator("#form-comment")).containsText("执法证件台账");
        page.fill("#num_ENF_CERTIFIED_OFFICERS", "32");
        page.click("#form-submit");
        assertThat(page.locator("#form-status")).hasText("已报送待审核");
        assertThat(page.locator("#form-history")).containsText("30名");
        assertThat(page.locator("#form-history")).containsText("32名");
        Browsers.screenshot(page, "ind-04-form-corrected");
    }

    @Test
    void countyDashboardWithDrillDown() {
        signIn("sifaju");
        page.click("text=指标看板");
        assertThat(page.locator("#ind-heading")).containsText("年度指标");
        page.waitForSelector("#chart-families canvas");
        page.waitForSelector("#chart-rates canvas");
        assertThat(page.locator("#row-RECON_APPLICATIONS")).containsText("件");
        // Computed by the reconsideration module, reported by the 司法局 before the transition year: both shown.
        assertThat(page.locator("#transition-RECON_APPLICATIONS")).containsText("单位填报18件");
        assertThat(page.locator("#transition-RECON_APPLICATIONS")).containsText("系统计算");
        Browsers.screenshot(page, "ind-05-dashboard");
        page.click("#row-RECON_APPLICATIONS a");
        assertThat(page.locator("#detail-heading")).containsText("收到行政复议申请");
        assertThat(page.locator("#detail-reported")).hasText("18件");
        assertThat(page.locator("#detail-used")).hasText("单位填报");
        Browsers.screenshot(page, "ind-06a-transition");
        page.goBack();
        page.click("#row-NORMDOC_ISSUED a");
        assertThat(page.locator("#detail-heading")).containsText("制定行政规范性文件");
        page.waitForSelector("#chart-trend canvas");
        assertThat(page.locator("#detail-records")).containsText("年度填报");
        Browsers.screenshot(page, "ind-06-drilldown");
        page.click("#detail-records a");
        assertThat(page.locator("#form-heading")).containsText("司法局");
        assertThat(page.locator("#form-status")).hasText("审核通过");
    }

    @Test
    void reportSubmittedAndPublishedAppearsOnPortal() {
        signIn("sifaju");
        page.click("text=法治政府建设年度报告");
        page.selectOption("#unitId", new com.microsoft.playwright.options.SelectOption().setLabel("示范县人民政府"));
        page.fill("#create-year", "2015");
        page.click("#report-create-submit");
        assertThat(page.locator("#report-title")).containsText("2015年度法治政府建设情况的报告");
        String[] bodies = {
                "（一）严格规范性文件管理。全年制定行政规范性文件全部经合法性审核。",
                "县政府主要负责人主持召开常务会议专题学法4次。",
                "乡镇法治工作力量仍然薄弱。",
                "深入推进乡镇综合行政执法规范化建设。"};
        for (int i = 0; i < bodies.length; i++) {
            page.fill("#body-" + (i + 1), bodies[i]);
            page.click("#save-" + (i + 1));
            assertThat(page.locator("#report-message")).containsText("已保存");
        }
        assertThat(page.locator("#report-no-findings")).isVisible();
        Browsers.screenshot(page, "ind-07-report-editor");
        page.click("#report-send-review");
        page.click("#report-sign");
        assertThat(page.locator("#report-status")).hasText("已签发待报送");
        page.click("#report-submit");
        assertThat(page.locator("#report-status")).hasText("已报送待公开");
        assertThat(page.locator("#report-docx")).isVisible();
        page.click("#report-publish");
        assertThat(page.locator("#report-status")).hasText("已公开");
        Browsers.screenshot(page, "ind-08-report-published");

        page.navigate(url("/portal"));
        page.click("a[href$='/portal/reports']");
        assertThat(page.locator("#portal-year-2015")).containsText("法治政府建设年度报告");
        Browsers.screenshot(page, "ind-09a-portal-list");
        page.click("text=示范县人民政府关于2015年度法治政府建设情况的报告");
        assertThat(page.locator("#portal-report")).containsText("专题学法4次");
        Browsers.screenshot(page, "ind-09-portal-report");
    }

    @Test
    void coordinatorMaintainsTheCatalog() {
        signIn("sifaju");
        page.click("text=指标目录");
        assertThat(page.locator("#def-RECON_APPLICATIONS")).containsText("计算模块：reconsideration");
        assertThat(page.locator("#def-RECON_APPLICATIONS")).containsText("只读");
        page.click("#catalog-new");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        String code = "STUDY_ONLINE_EXAMS_" + (System.nanoTime() % 100000);
        page.fill("#code", code);
        page.fill("#name", "网上学法考试");
        page.selectOption("#family", "LAW_STUDY");
        page.selectOption("#measure", "RATE");
        page.fill("#unitWord", "场");
        page.fill("#numerator", "统计年度内组织国家工作人员参加的网上学法考试场次");
        page.click("#def-save");
        assertThat(page.locator("#def-error")).containsText("比率指标必须写明分母");
        assertThat(page.locator("#numerator")).hasValue("统计年度内组织国家工作人员参加的网上学法考试场次");
        Browsers.screenshot(page, "ind-10-catalog-refused");
        page.selectOption("#measure", "COUNT");
        page.click("#def-save");
        assertThat(page.locator("#catalog-message")).containsText(code);
        assertThat(page.locator("#def-" + code)).containsText("网上学法考试");
        assertThat(page.locator("#def-" + code)).containsText("单位填报");
        page.click("#edit-" + code);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertThat(page.locator("#code")).not().isEditable();
        page.fill("#name", "网上学法考试场次");
        page.selectOption("#targetOperator", "AT_LEAST");
        page.fill("#targetValue", "4");
        Browsers.screenshot(page, "ind-11-catalog-edit");
        page.click("#def-save");
        assertThat(page.locator("#def-" + code)).containsText("网上学法考试场次");
        assertThat(page.locator("#def-" + code)).containsText("≥4场");
        Browsers.screenshot(page, "ind-12-catalog");
    }
}
