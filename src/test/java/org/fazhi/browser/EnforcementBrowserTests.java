package org.fazhi.browser;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import cn.idev.excel.FastExcel;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.CreditCodes;
import org.fazhi.org.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enforcement in a real browser: registries filled by hand and by spreadsheet, a department's batch landing once
 * although sent twice, the publicity lights of the decisions, and the public portal finding a decision with personal
 * data masked. Fails on any browser console error. Screenshots go to {@code target/screenshots}.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementBrowserTests extends BrowserTestBase {


    @org.springframework.beans.factory.annotation.Autowired
    org.fazhi.enforcement.internal.RecordIngest ingest;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private static String id17(String tail) {
        return "990121" + tail;
    }

    @Test
    void registriesByHandAndByImportThenABatchLandsOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String body = "浏览器测试执法主体" + tag;
        signIn("sifaju");
        page.click("text=执法主体与人员");
        assertThat(page.locator("#bodies-table")).containsText("示范县市场监督管理局");
        page.click("#body-new summary");
        page.fill("#body-new [name=name]", body);
        page.selectOption("#body-new [name=unit]", "示范县市场监督管理局");
        page.fill("#body-new [name=effectiveFrom]", "2020-01-01");
        page.fill("#body-new [name=legalBasis]", "《中华人民共和国食品安全法》第六条");
        page.fill("#body-new [name=scope]", "食品安全监督管理");
        Browsers.screenshot(page, "enf-01-body-form");
        page.click("#body-save");
        assertThat(page.locator("#enf-message")).containsText(body);

        // officers by spreadsheet: one bad row first (nothing imported), then the corrected file
        String a = "BR" + tag + "A";
        String b = "BR" + tag + "B";
        String idA = id17("19850101" + "31" + (tag.hashCode() & 7));
        idA = idA + IdNumbers.checkCharacter(idA);
        String idB = id17("19860202" + "42" + (tag.hashCode() & 7));
        idB = idB + IdNumbers.checkCharacter(idB);
        Path bad = sheet(List.of(
                List.of("姓名", "身份证号", "执法主体", "证件编号", "执法领域", "发证日期", "有效期至"),
                List.of("赵一", idA, body, a, "食品安全", "2021-01-01", "2030-01-01"),
                List.of("钱二", "123456", body, b, "食品安全", "2021-01-01", "2030-01-01")));
        page.navigate(url("/enforcement/registry?tab=officers"));
        page.setInputFiles("#officers-import [name=file]", bad);
        page.click("#officers-import button");
        assertThat(page.locator("#import-errors")).containsText("身份证号");
        Browsers.screenshot(page, "enf-02-import-errors");
        // the rejected upload answers 400 on purpose (nothing imported); the browser logs that status as an error
        consoleErrors.removeIf(m -> m.contains("status of 400"));
        Path good = sheet(List.of(
                List.of("姓名", "身份证号", "执法主体", "证件编号", "执法领域", "发证日期", "有效期至"),
                List.of("赵一", idA, body, a, "食品安全", "2021-01-01", "2030-01-01"),
                List.of("钱二", idB, body, b, "食品安全", "2021-01-01", "2030-01-01")));
        page.navigate(url("/enforcement/registry?tab=officers"));
        page.setInputFiles("#officers-import [name=file]", good);
        page.click("#officers-import button");
        assertThat(page.locator("#enf-message")).containsText("2 条");
        page.fill("[name=q]", "赵一");
        page.click("text=查询");
        assertThat(page.locator("#officers-table")).containsText(a);
        Browsers.screenshot(page, "enf-03-officers");

        page.navigate(url("/enforcement/registry?tab=powers"));
        page.click("#power-new summary");
        page.fill("#power-new [name=code]", "BR-" + tag);
        page.fill("#power-new [name=name]", "对经营超过保质期食品的行政处罚" + tag);
        page.selectOption("#power-new [name=type]", "PENALTY");
        page.selectOption("#power-new [name=body]", body);
        page.fill("#power-new [name=legalBasis]", "《中华人民共和国食品安全法》第一百二十四条");
        page.fill("#power-new [name=effectiveFrom]", "2020-01-01");
        page.click("#power-save");
        assertThat(page.locator("#enf-message")).containsText("BR-" + tag);
        Browsers.screenshot(page, "enf-04-powers");

        // the market-supervision bureau's case system sends a batch twice
        APIRequestContext api = playwright.request().newContext();
        APIResponse token = api.post(url("/api/v1/auth/token"), RequestOptions.create()
                .setData(java.util.Map.of("username", "jingban", "password", DEMO_PASSWORD)));
        assertThat(token.ok()).isTrue();
        String bearer = token.text().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String code = "91990121" + "MA" + tag.toUpperCase().replaceAll("[^0-9A-HJ-NP-RTUW-Y]", "1") + "X";
        code = code.substring(0, 17);
        String credit = code + CreditCodes.checkCharacter(code);
        LocalDate day = LocalDate.now().minusDays(1);
        String batch = """
                {"batchId":"BRW-%s","records":[{"body":"%s","powerCode":"BR-%s","kind":"处罚","decisionNo":"示市监罚〔%d〕%s号",
                 "decisionDate":"%s","partyType":"法人","partyName":"浏览器测试餐饮有限公司%s","partyCreditCode":"%s",
                 "legalBasis":"《中华人民共和国食品安全法》第一百二十四条","result":"罚款五万元","fineAmount":50000,
                 "officers":["%s","%s"]}]}""".formatted(tag, body, tag, day.getYear(), tag, day, tag, credit, a, b);
        for (int i = 0; i < 2; i++) {
            APIResponse r = api.post(url("/api/v1/enforcement/records:batch"), RequestOptions.create()
                    .setHeader("Authorization", "Bearer " + bearer).setHeader("Content-Type", "application/json").setData(batch));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.text()).contains(i == 0 ? "\"ACCEPTED\"" : "\"REPLAYED\"");
        }
        api.dispose();
        page.navigate(url("/enforcement/records?q=" + "浏览器测试餐饮有限公司" + tag));
        assertThat(page.locator("#record-table tbody tr")).hasCount(1);
        assertThat(page.locator("#record-table")).containsText("待公示");
        Browsers.screenshot(page, "enf-05-batch-landed");
    }

    @Test
    void publicityLightsThenThePortalFindsADecisionWithPersonalDataMasked() {
        signIn("sifaju");
        page.navigate(url("/enforcement/records"));
        assertThat(page.locator("#record-table .fz-light.red").first()).isVisible();
        assertThat(page.locator("#record-table .fz-light.green").first()).isVisible();
        Browsers.screenshot(page, "enf-06-records-lights");
        page.selectOption("#publicity-filter", "late");
        page.click("#record-filters button");
        assertThat(page.locator("#record-table")).containsText("逾期公示");
        page.locator("#record-table tbody a").first().click();
        assertThat(page.locator("#publicity-panel")).containsText("国办发〔2018〕118号");
        Browsers.screenshot(page, "enf-07-record");
        page.navigate(url("/enforcement/stats"));
        page.waitForSelector("#chart-kind canvas");
        assertThat(page.locator("#stats-indicators")).containsText("公示及时率");
        Browsers.screenshot(page, "enf-08-stats");

        page.navigate(url("/portal/enforcement"));
        page.fill("#portal-q", "张三丰");
        page.click("#portal-search-go");
        page.locator("#portal-results tbody a").first().click();
        assertThat(page.locator("#pd-party")).hasText("张三丰");
        assertThat(page.locator("#pd-id")).containsText("**********");
        assertThat(page.locator("#pd-address")).hasText("示范县城关镇******");
        assertThat(page.locator("#portal-decision")).not().containsText("13800138000");
        Browsers.screenshot(page, "enf-09-portal");
    }

    @Test
    void aMajorDecisionGoesToLegalReviewAndComesBackReviewed() {
        // a major penalty registered by hand, awaiting its 法制审核 (the demo county's market bureau, its registry)
        var body = jdbc.sql("SELECT b.name, p.code FROM enf_body b JOIN enf_power p ON p.body_id = b.id "
                        + "JOIN org_unit u ON u.id = b.unit_id WHERE u.name = '示范县市场监督管理局' AND b.status = 'ACTIVE' "
                        + "AND p.power_type = 'PENALTY' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).single();
        List<String> certs = jdbc.sql("SELECT c.cert_no FROM enf_certificate c JOIN enf_officer o ON o.id = c.officer_id "
                        + "JOIN enf_body b ON b.id = o.body_id WHERE b.name = :b AND c.category = 'ENFORCEMENT' "
                        + "AND c.ended_on IS NULL AND c.expires_on > CURRENT_DATE AND c.suspended_from IS NULL "
                        + "AND o.status = 'ACTIVE' ORDER BY c.id LIMIT 2")
                .param("b", body[0]).query(String.class).list();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String number = "示市监罚〔" + LocalDate.now().getYear() + "〕重" + tag + "号";
        String first17 = "91990121MA" + tag.toUpperCase().replaceAll("[^0-9A-HJ-NP-RTUW-Y]", "1") + "X";
        first17 = first17.substring(0, 17);
        var clerk = ((org.fazhi.org.AccountPrincipal) users.loadUserByUsername("jingban")).user();
        var result = ingest.ingest("brw-review-" + tag, List.of(new org.fazhi.enforcement.internal.RecordInput(body[0],
                body[1], "PENALTY", number, LocalDate.now().minusDays(1), "ORG", "浏览器审核测试有限公司" + tag,
                first17 + CreditCodes.checkCharacter(first17), null, null, null, "《中华人民共和国食品安全法》第一百二十四条",
                "经营超过保质期的食品，货值金额较大", "罚款二十万元", new java.math.BigDecimal("200000"), null, null, true, false,
                null, null, certs, null, List.of())), "MANUAL", null, clerk);
        assertThat(result.accepted()).as(result.toString()).isTrue();
        long id = result.rows().get(0).id();

        signIn("jingban");
        page.navigate(url("/enforcement/records/" + id));
        assertThat(page.locator("#record-review")).containsText("应当法制审核而未审核");
        page.click("#submit-review");
        assertThat(page.locator("#enf-message")).containsText("已送司法行政部门法制审核");
        assertThat(page.locator("#record-review")).containsText("审核中");
        Browsers.screenshot(page, "enf-10-review-submitted");
        String request = page.locator("#record-review-request").getAttribute("href").replaceAll(".*/", "");

        signIn("sifaju");
        page.navigate(url("/review/requests/" + request));
        page.selectOption("#assignee", "shencha");
        page.click("#assign-submit");

        signIn("shencha");
        page.navigate(url("/review/requests"));
        page.click("text=" + number);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.selectOption("#outcome", "PASSED");
        page.fill("#conclusion", "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意作出决定");
        Browsers.screenshot(page, "enf-11-review-conclude");
        page.click("#conclude-submit");
        assertThat(page.locator("#review-outcome")).hasText("审核通过");

        signIn("jingban");
        page.navigate(url("/enforcement/records/" + id));
        assertThat(page.locator("#record-review")).containsText("已经法制审核");
        assertThat(page.locator("#record-review")).containsText("示司法审");
        assertThat(page.locator("#submit-review")).hasCount(0);
        Browsers.screenshot(page, "enf-12-review-done");
    }

    private static Path sheet(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("执法人员").head(rows.get(0).stream().map(List::of).toList()).doWrite(rows.subList(1, rows.size()));
        Path file = Files.createTempFile("officers", ".xlsx");
        Files.write(file, out.toByteArray());
        return file;
    }
}
