package org.fazhi.audit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.audit.AuditFixtures.TestEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class AuditWebIntegrationTests {

    private static final String PASSWORD = "Audit-Test-Pw1";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;

    AuditFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(jdbc, encoder, tx);
    }

    private RequestPostProcessor as(String username) {
        UserDetails principal = accounts.loadUserByUsername(username);
        return user(principal);
    }

    private AuditEntry recordIn(String county, String actor, String objectId, String summary) {
        return trail.record(new TestEvent(county, actor, "test.thing.changed", "test_thing", objectId, summary));
    }

    @Test
    @DisplayName("经办人（CLERK）无权查看审计日志、导出或校验：403")
    void clerkCannotSeeTheAuditLog() throws Exception {
        String clerk = fixtures.account(AuditFixtures.freshCounty(), "CLERK", PASSWORD);
        mvc.perform(get("/audit").with(as(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export").with(as(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify").with(as(clerk))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(as(clerk)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries").with(as(clerk))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("无权执行此操作"));
        mvc.perform(post("/api/v1/audit/verify").with(as(clerk))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("未登录访问审计页面跳转登录，接口返回 401")
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("全县范围只见本县记录；按对象过滤；最新在前")
    void countyScopeSeesOnlyItsCounty() throws Exception {
        String county = AuditFixtures.freshCounty();
        String other = AuditFixtures.freshCounty();
        String coordinator = fixtures.account(county, "COORDINATOR", PASSWORD);
        String object = AuditFixtures.unique("OBJ");
        AuditEntry older = recordIn(county, "someone", object, "本县较早的变更");
        AuditEntry newer = recordIn(county, "someone", object, "本县较晚的变更");
        AuditEntry foreign = recordIn(other, "someone", object, "他县的变更");

        mvc.perform(get("/audit").param("objectId", object).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-entry-id=\"" + newer.id() + "\"")))
                .andExpect(content().string(containsString("本县较早的变更")))
                .andExpect(content().string(not(containsString("他县的变更"))));

        mvc.perform(get("/api/v1/audit/entries").param("objectId", object).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(newer.id()))
                .andExpect(jsonPath("$.items[1].id").value(older.id()))
                .andExpect(jsonPath("$.items[0].hash").value(newer.hash()))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(foreign.id()))));
    }

    @Test
    @DisplayName("本单位范围的审计查看者只见本人操作")
    void narrowScopeSeesOnlyOwnActions() throws Exception {
        String county = AuditFixtures.freshCounty();
        String role = fixtures.role("OWN_UNIT", AuditPermissions.VIEW);
        String self = fixtures.account(county, role, PASSWORD);
        String object = AuditFixtures.unique("OBJ");
        AuditEntry mine = recordIn(county, self, object, "本人的操作");
        recordIn(county, "colleague", object, "同事的操作");

        mvc.perform(get("/api/v1/audit/entries").param("objectId", object).with(as(self)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(mine.id()));
    }

    @Test
    @DisplayName("全省范围可见本省各县，不见外省")
    void provinceScopeSeesItsProvince() throws Exception {
        String role = fixtures.role("PROVINCE", AuditPermissions.VIEW);
        String province = fixtures.account("980000", role, PASSWORD);
        String object = AuditFixtures.unique("OBJ");
        recordIn(AuditFixtures.freshCounty(), "someone", object, "本省甲县");
        recordIn(AuditFixtures.freshCounty(), "someone", object, "本省乙县");
        recordIn("990121", "someone", object, "外省县");

        mvc.perform(get("/api/v1/audit/entries").param("objectId", object).with(as(province)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].summary", not(hasItem("外省县"))));
    }

    @Test
    @DisplayName("过滤条件：日期、操作人、操作代码前缀、摘要文字")
    void filtersByDateActorActionAndText() throws Exception {
        String county = AuditFixtures.freshCounty();
        String coordinator = fixtures.account(county, "COORDINATOR", PASSWORD);
        String actor = AuditFixtures.unique("actor");
        AuditEntry entry = trail.record(new TestEvent(county, actor, "test.widget.approved", "test_widget", "W-9",
                "批准了小部件 100%_完成"));
        recordIn(county, actor, "W-8", "另一条");

        mvc.perform(get("/api/v1/audit/entries").param("actor", actor).param("action", "test.widget")
                        .param("q", "100%_完").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(entry.id()));
        mvc.perform(get("/api/v1/audit/entries").param("actor", actor).param("action", "test.wid")
                        .with(as(coordinator)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit/entries").param("actor", actor).param("from", "2000-01-01")
                        .param("to", "2000-12-31").with(as(coordinator)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("非法过滤条件：页面显示中文错误，接口返回 400 中文说明")
    void rejectsBadFiltersInChinese() throws Exception {
        String admin = "admin";
        mvc.perform(get("/audit").param("from", "2025-13-40").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-error\"")))
                .andExpect(content().string(containsString("格式不正确，应为 YYYY-MM-DD")));
        mvc.perform(get("/api/v1/audit/entries").param("from", "2025-03-02").param("to", "2025-03-01")
                        .with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("开始日期不能晚于结束日期"));
        mvc.perform(get("/api/v1/audit/entries").param("size", "500").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("每页条数必须在 1 到 200 之间"));
    }

    @Test
    @DisplayName("导出 xlsx，且导出本身记入审计日志")
    void exportIsAnXlsxAndIsRecorded() throws Exception {
        String county = AuditFixtures.freshCounty();
        String coordinator = fixtures.account(county, "COORDINATOR", PASSWORD);
        String object = AuditFixtures.unique("OBJ");
        recordIn(county, "someone", object, "要导出的变更一");
        recordIn(county, "someone", object, "要导出的变更二");

        byte[] xlsx = mvc.perform(get("/audit/export").param("objectId", object).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", AuditLogController.XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> summaries = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("摘要");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    summaries.add(row.getCell(6).getStringCellValue());
                }
            }
        }
        assertThat(summaries).containsExactly("要导出的变更二", "要导出的变更一");

        AuditEntry exported = jdbc.sql("SELECT " + AuditEntries.COLUMNS + " FROM audit_entry e WHERE e.county_code = :c"
                        + " AND e.action = 'audit.log.exported' AND e.actor = :a")
                .param("c", county).param("a", coordinator).query(AuditEntries::entry).single();
        assertThat(exported.summary()).isEqualTo("导出审计日志 2 条");
        assertThat(exported.details()).isEqualTo("{\"objectId\":\"" + object + "\",\"rows\":2}");
    }

    @Test
    @DisplayName("校验页面：按钮运行校验并显示结果，校验本身留痕")
    void verifyPageRunsTheCheckAndRecordsIt() throws Exception {
        mvc.perform(get("/audit/verify").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verify-run\"")))
                .andExpect(content().string(not(containsString("id=\"verify-result\""))));
        long before = fixtures.count("990121");
        mvc.perform(post("/audit/verify").with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verify-result\"")))
                .andExpect(content().string(containsString("data-intact=\"true\"")))
                .andExpect(content().string(containsString("审计链完整")));
        AuditEntry recorded = fixtures.stored("990121", before + 1);
        assertThat(recorded.action()).isEqualTo("audit.chain.verified");
        assertThat(recorded.actor()).isEqualTo("admin");
        assertThat(recorded.summary()).startsWith("校验审计链：").contains("全部完整");
    }

    @Test
    @DisplayName("校验页面显示被篡改的首条记录")
    void verifyPageShowsTheFirstBrokenEntry() throws Exception {
        String county = AuditFixtures.freshCounty();
        String auditor = fixtures.account(county, "ADMIN", PASSWORD);
        recordIn(county, "someone", "X", "第一条");
        AuditEntry victim = recordIn(county, "someone", "X", "第二条");
        fixtures.tamper("UPDATE audit_entry SET summary = '改了' WHERE county_code = ? AND seq = ?", county, victim.seq());
        try {
            mvc.perform(post("/audit/verify").with(as(auditor)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-intact=\"false\"")))
                    .andExpect(content().string(containsString("内容被篡改")))
                    .andExpect(content().string(containsString("第 2 号记录（ID " + victim.id())));
        } finally {
            fixtures.restore(victim);
        }
    }

    @Test
    @DisplayName("接口校验返回各链结果，并记录校验")
    void apiVerifyReturnsTheReport() throws Exception {
        String county = AuditFixtures.freshCounty();
        String auditor = fixtures.account(county, "ADMIN", PASSWORD);
        recordIn(county, "someone", "X", "一条");
        mvc.perform(post("/api/v1/audit/verify").with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.chains[?(@.countyCode == '" + county + "')].entries").value(1))
                .andExpect(jsonPath("$.chains[?(@.countyCode == '" + county + "')].intact").value(true));
        assertThat(fixtures.stored(county, 2).action()).isEqualTo("audit.chain.verified");
    }
}
