package org.fazhi.reports;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorCatalog;
import org.fazhi.indicators.IndicatorForms;
import org.fazhi.org.Counties;
import org.fazhi.org.CountySettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.reports.SeedFixture.about;
import static org.fazhi.reports.SeedFixture.n;
import static org.fazhi.reports.SeedFixture.rate;
import static org.fazhi.reports.SeedFixture.stated;

/**
 * Seeds as acceptance data (种子验收): the 2024 facts of 策勒县 (seed 000) and 临沭县 (seed 003) recorded through the
 * platform (module records for the figures modules compute, reported values otherwise) come out of the generated reports with the same value and measure word, and the check catches seed 000's
 * impossible "+200%".
 */
@FazhiIntegrationTest
class ReportsSeedIntegrationTests {

    @Autowired
    Counties counties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorForms forms;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    AnnualReports reports;
    @Autowired
    ApplicationContext context;

    static final List<SeedFixture.Fact> CELE_2024 = List.of(
            n("NORMDOC_ISSUERS", "44", "44个"), n("NORMDOC_EVALUATED", "9", "9个"),
            n("NORMDOC_EVAL_CONTINUED", "8", "8件"), n("NORMDOC_EVAL_REVISED", "1", "1件"),
            n("NORMDOC_CLEANUPS", "2", "2次"), n("NORMDOC_CLEANUP_REPEALED", "1", "1件"),
            n("NORMDOC_CLEANUP_AMENDED", "1", "1件"), n("POLICYDOC_CLEANUP_REPEALED", "27", "27件"),
            n("POLICYDOC_CLEANUP_AMENDED", "3", "3件"), n("NORMDOC_ISSUED", "1", "1件"),
            rate("NORMDOC_REVIEW_RATE", "1", "1", "100%"), rate("NORMDOC_FILING_RATE", "1", "1", "100%"),
            rate("NORMDOC_FILING_TIMELY_RATE", "1", "1", "100%"), rate("NORMDOC_CONFORMITY_RATE", "1", "1", "100%"),
            rate("NORMDOC_PUBLICATION_RATE", "1", "1", "100%"),
            n("DECISION_RULES_ADOPTED", "9", "9项"), n("DECISION_CATALOG_ITEMS", "5", "5项"),
            n("GOVSERVICE_ONE_THING_ITEMS", "13", "13件"), n("GOVSERVICE_ONE_THING_CASES", "712", "712件"),
            n("GOVSERVICE_ITEMS", "930", "930项"), n("GOVSERVICE_ONE_VISIT_ITEMS", "50", "50项"),
            about("GOVSERVICE_CASES", "13400", "1.34万余件"), stated("GOVSERVICE_GUIDE_RATE", "100", "100%"),
            stated("GOVSERVICE_ONSITE_RATE", "98", "98%"), stated("GOVSERVICE_ONLINE_RATE", "95", "95%"),
            n("GOVSERVICE_TOWNSHIP_SITES", "9", "9个"), n("GOVSERVICE_VILLAGE_SITES", "139", "139个"),
            n("GOVSERVICE_TOWNSHIP_ITEMS", "73", "73个"), n("GOVSERVICE_INVESTMENT_FILINGS", "58", "58个"),
            about("ENF_PUBLICITY_RECORDS", "140000", "14万余条"),
            n("ENF_CERTS_ISSUED", "136", "136个"), n("ENF_BODIES", "29", "29个"),
            n("ENF_CERTIFIED_OFFICERS", "405", "405名"), n("ENF_CERTS_REVOKED", "30", "30个"),
            n("ENF_TRAINING_HOURS", "60", "60课时"), n("ENFSUP_CONTACT_POINTS", "5", "5家"),
            n("ENFSUP_SOCIAL_SUPERVISORS", "10", "10名"), n("ENF_EXAM_TOWNSHIPS", "8", "8个"),
            n("ENF_EXAM_PASSED", "63", "63名"), rate("ENF_EXAM_PASS_RATE", "63", "63", "100%"),
            rate("ENF_TOWNSHIP_CASE_COVERAGE", "8", "8", "100%"),
            n("RECON_APPLICATIONS", "16", "16件"), n("RECON_RESOLVED_BEFORE_ACCEPTANCE", "10", "10件"),
            n("RECON_CONCLUDED", "5", "5件"), n("RECON_PENDING", "1", "1件"),
            n("MEDIATION_COMMITTEES", "157", "157个"), n("MEDIATION_MEDIATORS", "1008", "1008人"),
            n("ADVISER_MEETINGS", "26", "26次"), n("ADVISER_NEGOTIATIONS", "25", "25次"),
            n("ADVISER_CONSULTATIONS", "150", "150次"), n("ADVISER_ENF_FILES_REVIEWED", "8", "8件"),
            n("ADVISER_RECON_CASES_REVIEWED", "7", "7起"), n("ADVISER_SITE_SURVEYS", "4", "4次"),
            n("ADVISER_CONTRACTS_REVIEWED", "108", "108份"), n("ADVISER_LITIGATION_CASES", "3", "3件"),
            n("ADVISER_DOCUMENTS_DRAFTED", "4", "4件"), n("ADVISER_COLLECTIVE_CONTRACTS", "27749", "27749份"));

    static final List<SeedFixture.Fact> LINSHU_2024 = List.of(
            n("POWERS_LIVELIHOOD_CATEGORIES", "23", "23类"), n("POWERS_LIVELIHOOD_ITEMS", "151", "151项"),
            n("DECISIONS_REVIEWED", "20", "20件"), n("DECISION_REVIEW_OPINIONS", "43", "43条"),
            n("NORMDOC_CLEANUP_EXPIRED", "6", "6件"), n("NORMDOC_CLEANUP_REPEALED", "2", "2件"),
            about("LEGALITY_REVIEWS", "360", "360余件"), about("LEGALITY_REVIEW_OPINIONS", "320", "320余条"),
            n("BUSINESS_ENV_DOCUMENTS", "6", "6个"), n("BUSINESS_OBSERVERS", "10", "10名"),
            about("BUSINESS_LEGAL_ISSUES_SOLVED", "280", "280余个"),
            n("SUPERVISION_PROJECTS", "50", "50项"), n("SUPERVISION_BULLETINS", "9", "9期"),
            n("SUPERVISION_INSTRUCTIONS", "367", "367件"), n("PROPOSALS_NPC", "111", "111件"),
            n("PROPOSALS_CPPCC", "129", "129件"), n("SUPERVISION_ONLINE_TICKETS", "76", "76件"),
            n("SUPERVISION_MAILBOX", "263", "263件"), n("DISCLOSURE_REQUESTS", "88", "88件"),
            n("DISCLOSURE_PROACTIVE", "21000", "2.1万条"), n("ENF_CONCENTRATED_POWERS", "120", "120项"),
            n("ENF_JOINT_DUTIES", "78", "78项"), about("ENFSUP_JOINT_INSPECTIONS", "40", "40余次"),
            stated("RECON_DIRECT_CORRECTION_RATE", "10.1", "10.1%，同比下降6个百分点"),
            stated("RECON_SETTLEMENT_RATE", "97.62", "97.62%"),
            about("EDU_EVENTS", "200", "200余场"), n("EDU_TV_PROGRAMS", "24", "24期"),
            about("EDU_PERFORMANCES", "20", "20余场"), about("EDU_CULTURE_SITES", "200", "200余处"),
            about("MEDIATION_DISPUTES_RESOLVED", "2700", "2700余件"),
            about("PLS_LEGAL_AID_CASES", "2000", "2000余件"), about("PLS_NOTARIZATIONS", "6000", "6000余件"),
            n("GRID_ENF_STAFF", "356", "356名"), n("GRID_WELFARE_STAFF", "390", "390名"),
            n("GRID_VOLUNTEER_TEAMS", "822", "822支"), n("STUDY_LECTURES", "4", "4次"),
            n("STUDY_TRAINING_CLASSES", "12", "12期"), n("MEETINGS_COMMITTEE", "8", "8次"),
            about("MEETINGS_LEADER_INSTRUCTIONS", "20", "20余次"), n("MEETINGS_PRACTICAL_CASES", "42", "42件"),
            n("REPORTING_ASSESSED_TOWNSHIPS", "9", "9个"), n("REPORTING_ASSESSED_DEPARTMENTS", "65", "65个"));

    private long moduleRows(String table, String dateColumn, String county) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE county_code = :c AND " + dateColumn
                + " BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'").param("c", county).query(Long.class).single();
    }

    private long reportedRows(String code, String county) {
        return jdbc.sql("SELECT count(*) FROM ind_form_value WHERE county_code = :c AND code = :code")
                .param("c", county).param("code", code).query(Long.class).single();
    }

    private String printedText(long reportId, SeedFixture seed) {
        AnnualReports.Report report = reports.report(reportId, seed.user.filter());
        StringBuilder text = new StringBuilder();
        for (AnnualReports.Printed p : reports.printed(report)) {
            text.append(p.heading()).append('\n');
            p.paragraphs().forEach(para -> text.append(para).append('\n'));
        }
        return text.toString();
    }

    private void assertStatesEveryFigure(String text, List<SeedFixture.Fact> facts) {
        for (SeedFixture.Fact f : facts) {
            String name = catalog.require(f.code()).name();
            assertThat(text).as(f.code()).contains(name + f.expected());
        }
    }

    @Test
    @DisplayName("策勒县2024年报告写出种子000的每个数字；一致性检查指出“16件较去年增长200%”不可能成立")
    void cele2024() {
        SeedFixture seed = new SeedFixture(counties, jdbc, forms, catalog,
                new CountySettings("653225", "策勒县", "策勒县人民政府", "策政", "新疆维吾尔自治区", "和田地区"), context);
        seed.record(2024, CELE_2024);
        // 收到行政复议申请 is counted from the 16 cases registered through the reconsideration module, not typed in.
        assertThat(catalog.require("RECON_APPLICATIONS").origin()).isEqualTo(CatalogEntry.Origin.COMPUTED);
        assertThat(moduleRows("recon_case", "received_on", "653225")).isEqualTo(16);
        assertThat(reportedRows("RECON_APPLICATIONS", "653225")).isZero();
        long id = reports.create(seed.government, 2024, seed.user);
        String text = printedText(id, seed);
        assertStatesEveryFigure(text, CELE_2024);
        assertThat(reports.report(id, seed.user.filter()).title()).isEqualTo("策勒县人民政府关于2024年度法治政府建设情况的报告");
        assertThat(text).contains("一、2024年度推进法治政府建设的主要举措和成效").contains("四、2025年度推进法治政府建设的主要安排");
        assertThat(reports.check(id, seed.user.filter())).isEmpty();

        // The seed's own statement, typed as a staff member would, with the live figure.
        AnnualReports.Section first = reports.sections(id).get(0);
        reports.saveSection(id, 1, first.body() + "\n行政复议主渠道作用越来越明显，全年收到行政复议申请{{RECON_APPLICATIONS}}，较去年增长200%。",
                seed.user);
        List<Finding> findings = reports.check(id, seed.user.filter());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("YEAR_ON_YEAR");
            assertThat(f.section()).isEqualTo(1);
            assertThat(f.sentence()).contains("全年收到行政复议申请16件，较去年增长200%");
            assertThat(f.message()).contains("没有任何整数");
        });
    }

    @Test
    @DisplayName("临沭县2024年报告写出种子003的每个数字，纠错率同比按百分点")
    void linshu2024() {
        SeedFixture seed = new SeedFixture(counties, jdbc, forms, catalog,
                new CountySettings("371329", "临沭县", "临沭县人民政府", "沭政", "山东省", "临沂市"), context);
        seed.record(2023, List.of(stated("RECON_DIRECT_CORRECTION_RATE", "16.1", "16.1%")));
        seed.record(2024, LINSHU_2024);
        // 依申请公开 and 建议提案 are counted from disclosure requests and supervision items registered in their modules.
        assertThat(moduleRows("disc_request", "received_on", "371329")).isEqualTo(88);
        assertThat(jdbc.sql("SELECT count(*) FROM task_item WHERE county_code = '371329' AND kind_code = 'NPC_SUGGESTION'")
                .query(Long.class).single()).isEqualTo(111);
        assertThat(jdbc.sql("SELECT count(*) FROM task_item WHERE county_code = '371329' AND kind_code = 'CPPCC_PROPOSAL'")
                .query(Long.class).single()).isEqualTo(129);
        assertThat(reportedRows("DISCLOSURE_REQUESTS", "371329") + reportedRows("PROPOSALS_NPC", "371329")).isZero();
        long id = reports.create(seed.government, 2024, seed.user);
        String text = printedText(id, seed);
        assertStatesEveryFigure(text, LINSHU_2024);
        // The leaders' chapter carries study, meetings and 述法 figures, as the seed does.
        String leaders = text.substring(text.indexOf("二、党政主要负责人"), text.indexOf("三、2024年度"));
        assertThat(leaders).contains("法治专题讲座4次").contains("依法治县委员会及协调小组会议8次");
        assertThat(reports.check(id, seed.user.filter())).isEmpty();
    }
}
