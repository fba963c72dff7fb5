package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.files.Attachments;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fixture year (2024) of one department: every cell of Table 三 and Table 四 and the fees collected are checked, the
 * identity 一+二=三（七）+四 holds for every column, drill-down lists the requests of a cell, and the report is published
 * as a GB/T 9704 docx with its three tables and as a portal page.
 */
@FazhiIntegrationTest
class AnnualReportIntegrationTests {

    @Autowired
    DisclosureRequests requests;
    @Autowired
    Remedies remedies;
    @Autowired
    DisclosureAnnualReports reports;
    @Autowired
    OfficialDocuments documents;
    @Autowired
    Attachments attachments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private long unit;

    private DisclosureRequest reg(ApplicantType type, String day) {
        return requests.register(DisclosureFixtures.request(unit, type, "申请人" + type.ordinal(), LocalDate.parse(day)),
                DisclosureFixtures.COUNTY, "test").request();
    }

    private void answer(DisclosureRequest r, ReplyType type, WithholdGround ground, String day) {
        requests.reply(r.id(), new ReplyCommand(type, ground == null ? null : List.of(ground), type.basis(), "内容",
                        type.withholds() ? "理由" : null, type == ReplyType.REPEAT ? "GK2024000001" : null,
                        LocalDate.parse(day)), DisclosureFixtures.COUNTY, "test");
    }

    private long fixtureYear() {
        unit = DisclosureFixtures.department(jdbc);
        var s = DisclosureFixtures.COUNTY;
        DisclosureRequest a = reg(ApplicantType.NATURAL_PERSON, "2023-12-20");
        answer(a, ReplyType.DISCLOSED, null, "2024-01-10");
        reg(ApplicantType.COMMERCIAL, "2023-12-22");
        DisclosureRequest c = reg(ApplicantType.NATURAL_PERSON, "2024-03-04");
        answer(c, ReplyType.DISCLOSED, null, "2024-03-20");
        DisclosureRequest d = reg(ApplicantType.NATURAL_PERSON, "2024-04-01");
        answer(d, ReplyType.PARTIAL, WithholdGround.THIRD_PARTY, "2024-04-15");
        DisclosureRequest e = reg(ApplicantType.RESEARCH, "2024-05-06");
        answer(e, ReplyType.WITHHELD, WithholdGround.PROCESS, "2024-05-20");
        DisclosureRequest f = reg(ApplicantType.NONPROFIT, "2024-06-03");
        answer(f, ReplyType.NOT_HELD, null, "2024-06-10");
        DisclosureRequest g = reg(ApplicantType.LEGAL_SERVICE, "2024-07-01");
        answer(g, ReplyType.REPEAT, null, "2024-07-05");
        DisclosureRequest h = reg(ApplicantType.OTHER_ORG, "2024-08-01");
        requests.requestCure(h.id(), "请写明文件名称", 5, LocalDate.of(2024, 8, 2), s, "test");
        requests.notCured(h.id(), LocalDate.of(2024, 8, 20), s, "test");
        DisclosureRequest i = reg(ApplicantType.COMMERCIAL, "2024-09-02");
        requests.askReasons(i.id(), "本月第 35 件申请", LocalDate.of(2024, 9, 3), s, "test");
        requests.notifyFee(i.id(), FeeScale.Method.PER_PAGE, 120, LocalDate.of(2024, 9, 4), s, "test");
        requests.feePaid(i.id(), LocalDate.of(2024, 9, 10), s, "test");
        answer(i, ReplyType.DISCLOSED, null, "2024-09-20");
        reg(ApplicantType.NATURAL_PERSON, "2024-12-20");
        reg(ApplicantType.NATURAL_PERSON, "2025-01-06");
        requests.submitOnline(DisclosureFixtures.request(unit, ApplicantType.NATURAL_PERSON, "网上", null), "990121");
        remedies.link(e.id(), Table4.Kind.RECONSIDERATION, "示府复〔2024〕" + unit + "号", LocalDate.of(2024, 6, 1),
                Table4.Outcome.MAINTAINED, LocalDate.of(2024, 7, 20), null, s, "test");
        remedies.link(c.id(), Table4.Kind.RECONSIDERATION, "示府复〔2024〕" + unit + "-2号", LocalDate.of(2024, 4, 1),
                Table4.Outcome.CORRECTED, LocalDate.of(2025, 2, 1), null, s, "test");
        remedies.link(d.id(), Table4.Kind.LAWSUIT_DIRECT, "（2024）示行初" + unit + "号", LocalDate.of(2024, 10, 1),
                Table4.Outcome.PENDING, null, null, s, "test");
        return unit;
    }

    @Test
    void everyCellOfTheFixtureYear() {
        fixtureYear();
        OrgDirectory.UnitRef ref = reports.unit(unit, DisclosureFixtures.COUNTY);
        DisclosureAnnualReports.Figures f = reports.figures(ref, 2024, DisclosureFixtures.COUNTY);
        Map<ReportRow, long[]> expected = new EnumMap<>(ReportRow.class);
        for (ReportRow row : ReportRow.values()) {
            expected.put(row, new long[7]);
        }
        //                                              自然人 商业 科研 公益 法律 其他 总计
        expected.put(ReportRow.NEW, new long[]{3, 1, 1, 1, 1, 1, 8});
        expected.put(ReportRow.CARRIED_IN, new long[]{1, 1, 0, 0, 0, 0, 2});
        expected.put(ReportRow.OPEN, new long[]{2, 1, 0, 0, 0, 0, 3});
        expected.put(ReportRow.PARTIAL, new long[]{1, 0, 0, 0, 0, 0, 1});
        expected.put(ReportRow.DENY_PROCESS, new long[]{0, 0, 1, 0, 0, 0, 1});
        expected.put(ReportRow.UNABLE_NOT_HELD, new long[]{0, 0, 0, 1, 0, 0, 1});
        expected.put(ReportRow.NOT_PROCESSED_REPEAT, new long[]{0, 0, 0, 0, 1, 0, 1});
        expected.put(ReportRow.OTHER_NOT_CURED, new long[]{0, 0, 0, 0, 0, 1, 1});
        expected.put(ReportRow.TOTAL, new long[]{3, 1, 1, 1, 1, 1, 8});
        expected.put(ReportRow.CARRIED_OUT, new long[]{1, 1, 0, 0, 0, 0, 2});
        for (ReportRow row : ReportRow.values()) {
            assertThat(f.table3().row(row)).as(row.label()).containsExactly(expected.get(row));
        }
        assertThat(f.table3().balanced()).isTrue();
        // Table 四: 复议 维持 1 + 尚未审结 1 (decided only in 2025); 直接起诉 尚未审结 1
        assertThat(f.table4().cells()).containsExactly(1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0);
        assertThat(f.feesCollected()).isEqualByComparingTo("1100");
        assertThat(f.feesCount()).isEqualTo(1);

        assertThat(reports.cell(ref, 2024, ReportRow.NEW, null, DisclosureFixtures.COUNTY, 100)).hasSize(8);
        assertThat(reports.cell(ref, 2024, ReportRow.CARRIED_OUT, ApplicantType.COMMERCIAL, DisclosureFixtures.COUNTY,
                100)).extracting(DisclosureAnnualReports.CellRecord::receivedOn).containsExactly(LocalDate.of(2023, 12, 22));
        assertThat(reports.cell(ref, 2024, ReportRow.OPEN, ApplicantType.NATURAL_PERSON, DisclosureFixtures.COUNTY, 100))
                .hasSize(2);
        // the next year starts from this year's carry-over
        assertThat(reports.figures(ref, 2025, DisclosureFixtures.COUNTY).table3().row(ReportRow.CARRIED_IN))
                .containsExactly(1, 1, 0, 0, 0, 0, 2);
    }

    @Test
    @WithUserDetails("sifaju")
    void apiReturnsTheTablesAndTheReportPublishesAsDocxAndPortalPage() throws Exception {
        fixtureYear();
        mvc.perform(get("/api/v1/disclosure/annual-report").param("year", "2024").param("unit", Long.toString(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.table3.balanced").value(true))
                .andExpect(jsonPath("$.table3.rows[0].row").value("NEW"))
                .andExpect(jsonPath("$.table3.rows[0].cells.TOTAL").value(8))
                .andExpect(jsonPath("$.table4[0].MAINTAINED").value(1))
                .andExpect(jsonPath("$.feesCollected").value(1100.0));

        AnnualReport r = reports.start(unit, 2024, DisclosureFixtures.COUNTY, "test");
        assertThat(r.due()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(r.level()).isEqualTo(AnnualReport.Level.DEPARTMENT);
        String reportItems = "SELECT count(*) FROM wl_item WHERE source_module = 'disclosure' AND source_type = 'report' "
                + "AND source_id = :id AND done_at IS NULL AND due_date = '2025-01-31'";
        assertThat(jdbc.sql(reportItems).param("id", unit + "-2024").query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> reports.publish(r.id(), DisclosureFixtures.COUNTY, "test"))
                .isInstanceOf(BusinessException.class);
        reports.save(r.id(), new ReportForm("本年度依法做好政府信息公开工作。\n主动公开各类信息 120 条。", "依申请公开答复质量有待提高。",
                "无。", 0, 0, 0, 2, 1, 15, 30, 12, 1, new BigDecimal("3.5"), null), DisclosureFixtures.COUNTY, "test");
        AnnualReport published = reports.publish(r.id(), DisclosureFixtures.COUNTY, "test");
        assertThat(published.published()).isTrue();
        assertThat(jdbc.sql(reportItems).param("id", unit + "-2024").query(Integer.class).single()).isZero();
        try (InputStream in = attachments.open(documents.docx(published.documentId(), DisclosureFixtures.COUNTY));
             XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(in.readAllBytes()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getTables().get(1).getRows()).hasSize(ReportRow.values().length + 1);
            assertThat(doc.getTables().get(1).getRow(1).getCell(8).getText()).isEqualTo("8");
            assertThat(text.getText()).contains("一、总体情况", "六、其他需要报告的事项", "合计人民币 1100.00 元",
                    "国办公开办函〔2021〕30号");
        }
        mvc.perform(get("/portal/disclosure/reports/" + published.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本年度依法做好政府信息公开工作")));
        mvc.perform(get("/disclosure/reports/" + published.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("t3-CARRIED_OUT-TOTAL")))
                .andExpect(content().string(containsString("t4-LAWSUIT_AFTER_RECONSIDERATION-4")))
                .andExpect(content().string(containsString("合计人民币 1100.00 元")));
        mvc.perform(get("/disclosure/reports/" + published.id() + "/cell").param("row", "NEW").param("col", "TOTAL"))
                .andExpect(status().isOk());
    }
}
