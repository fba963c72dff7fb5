package org.fazhi.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.DisclosureAnnualReports;
import org.fazhi.disclosure.ReportForm;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's reports page (年度报告公开): the county's published 法治政府建设年度报告 and the 政府信息公开工作年度报告
 * published through the disclosure module, in one list by year, each opening its own public page; drafts stay hidden.
 */
@FazhiIntegrationTest
class ReportsPortalIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgDirectory org;
    @Autowired
    AnnualReports reports;
    @Autowired
    DisclosureAnnualReports disclosureReports;

    @Test
    @DisplayName("门户年度报告页：法治政府建设年度报告与政府信息公开年度报告按年度同列，各自打开；未公开的不出现")
    void bothKindsByYear() throws Exception {
        long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND kind = 'GOVERNMENT'")
                .query(Long.class).single();
        long market = jdbc.sql("SELECT unit_id FROM org_account WHERE username = 'danwei'").query(Long.class).single();
        OrgDirectory.UnitRef gov = org.unitById(government).orElseThrow();
        OrgDirectory.UnitRef marketUnit = org.unitById(market).orElseThrow();
        CurrentUser sifaju = new CurrentUser(0, "portal-test", "门户测试", gov.countyCode(), government, gov.name(),
                gov.path(), DataScope.COUNTY, Set.of("COORDINATOR"),
                Set.of("reports:edit", "reports:review", "reports:publish", "reports:view"));

        // A rule-of-law report of 2022, through the whole workflow.
        long ruleOfLaw = reports.create(government, 2022, sifaju);
        List<AnnualReports.Section> sections = reports.sections(ruleOfLaw);
        for (AnnualReports.Section s : sections) {
            if (s.seq() < sections.size()) {
                reports.saveSection(ruleOfLaw, s.seq(), "2022年度，县政府依法推进" + s.heading() + "相关工作。", sifaju);
            }
        }
        reports.sendForReview(ruleOfLaw, sifaju);
        reports.sign(ruleOfLaw, sifaju);
        reports.submit(ruleOfLaw, "门户测试：叙述性报告无指标引用", sifaju);
        reports.publish(ruleOfLaw, sifaju);

        // The 市场监督管理局's 政府信息公开工作年度报告 of 2022, published; a 2019 one left as a draft.
        AnnualReport disclosure = disclosureReports.start(market, 2022, sifaju.filter(), "portal-test");
        disclosureReports.save(disclosure.id(), new ReportForm("本年度，本局依法做好政府信息主动公开和依申请公开工作。",
                "公开内容的及时性有待提高，将加强考核。", "", 0, 0, 0, 0, 0, 0, 12, 3, 0, BigDecimal.ZERO, null),
                sifaju.filter(), "portal-test");
        disclosureReports.publish(disclosure.id(), sifaju.filter(), "portal-test");
        disclosureReports.start(market, 2019, sifaju.filter(), "portal-test");

        String disclosureTitle = marketUnit.name() + "2022年政府信息公开工作年度报告";
        mvc.perform(get("/portal/reports")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2022年度")))
                .andExpect(content().string(containsString("示范县人民政府关于2022年度法治政府建设情况的报告")))
                .andExpect(content().string(containsString(disclosureTitle)))
                .andExpect(content().string(containsString("/portal/disclosure/reports/" + disclosure.id())))
                .andExpect(content().string(containsString("/portal/reports/" + ruleOfLaw)))
                .andExpect(content().string(not(containsString(marketUnit.name() + "2019年政府信息公开工作年度报告"))));
        mvc.perform(get("/portal/reports/" + ruleOfLaw)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2022年度，县政府依法推进")));
        mvc.perform(get("/portal/disclosure/reports/" + disclosure.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("本局依法做好政府信息主动公开")));
    }

    @Test
    @DisplayName("同一年度内法治政府建设年度报告排在前，年度新者在前")
    void grouping() {
        List<ReportsPortalController.YearGroup> groups = ReportsPortalController.byYear(List.of(
                new ReportsPortalController.PortalEntry(2023, "DISCLOSURE", "政府信息公开工作年度报告", "甲局2023年", "/a", null),
                new ReportsPortalController.PortalEntry(2024, "DISCLOSURE", "政府信息公开工作年度报告", "乙局2024年", "/b", null),
                new ReportsPortalController.PortalEntry(2023, "RULE_OF_LAW", "法治政府建设年度报告", "县政府2023年度", "/c", null)));
        assertThat(groups).extracting(ReportsPortalController.YearGroup::year).containsExactly(2024, 2023);
        assertThat(groups.get(1).entries()).extracting(ReportsPortalController.PortalEntry::link).containsExactly("/c", "/a");
    }
}
