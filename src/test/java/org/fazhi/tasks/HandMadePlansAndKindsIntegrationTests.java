package org.fazhi.tasks;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Plans built by hand, plans uploaded as docx, and kinds a county defines. */
@FazhiIntegrationTest
class HandMadePlansAndKindsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Supervision supervision;
    @Autowired
    Items items;

    @Test
    void aPlanBuiltByHandAssignsItsTasks() throws Exception {
        String title = "示范县手工编制工作要点" + UUID.randomUUID().toString().substring(0, 6);
        var sifaju = users.loadUserByUsername("sifaju");
        mvc.perform(post("/tasks/plans").with(csrf()).with(user(sifaju)).param("title", title).param("year", "2026")
                .param("defaultDue", "2026-12-31")).andExpect(status().is3xxRedirection());
        long plan = jdbc.sql("SELECT id FROM task_plan WHERE title = :t").param("t", title).query(Long.class).single();
        mvc.perform(post("/tasks/plans/" + plan + "/parts").with(csrf()).with(user(sifaju)).param("title", "加强组织领导"))
                .andExpect(status().is3xxRedirection());
        long part = jdbc.sql("SELECT id FROM task_part WHERE plan_id = :p").param("p", plan).query(Long.class).single();
        long market = ((AccountPrincipal) users.loadUserByUsername("danwei")).user().unitId();
        mvc.perform(post("/tasks/plans/" + plan + "/tasks").with(csrf()).with(user(sifaju)).param("partId", String.valueOf(part))
                        .param("title", "组织开展行政执法案卷评查").param("leadUnitIds", String.valueOf(market))
                        .param("targetKind", "COUNT").param("targetValue", "2").param("targetPhrase", "至少2次"))
                .andExpect(status().is3xxRedirection());
        long item = jdbc.sql("SELECT id FROM task_item WHERE plan_id = :p AND task_no = 1").param("p", plan).query(Long.class).single();
        assertThat(jdbc.sql("SELECT due_date FROM task_item WHERE id = :i").param("i", item).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        // The unit reports one inspection: the target is tracked, not met.
        CurrentUser danwei = ((AccountPrincipal) users.loadUserByUsername("danwei")).user();
        long requirement = jdbc.sql("SELECT id FROM task_requirement WHERE item_id = :i").param("i", item).query(Long.class).single();
        supervision.reportTarget(item, requirement, danwei, java.math.BigDecimal.ONE, null, "已评查一次");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tasks/items/" + item)
                        .with(user(sifaju)))
                .andExpect(jsonPath("$.requirements[0].units[0].statusLabel").value("未达到"))
                .andExpect(jsonPath("$.requirements[0].met").value(false));
        supervision.reportTarget(item, requirement, danwei, new java.math.BigDecimal("2"), null, null);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tasks/items/" + item)
                        .with(user(sifaju)))
                .andExpect(jsonPath("$.requirements[0].met").value(true));
        // A unit outside the plan cannot add to it.
        mvc.perform(post("/tasks/plans/" + plan + "/parts").with(csrf()).with(user(users.loadUserByUsername("danwei")))
                .param("title", "越权")).andExpect(status().isForbidden());
    }

    @Test
    void aDocxPlanIsReadLikeItsText() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : PlanTextParserTests.seed().split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/tasks/plans/import").file(new MockMultipartFile("file", "工作要点.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx))
                        .with(csrf()).with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preview.partCount").value(8))
                .andExpect(jsonPath("$.preview.taskCount").value(36));
        mvc.perform(multipart("/api/v1/tasks/plans/import").file(new MockMultipartFile("file", "x.docx",
                        "application/octet-stream", "not a docx".getBytes()))
                        .with(csrf()).with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCountyKindWithItsOwnDefaultPeriod() throws Exception {
        String code = "PETITION_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        var sifaju = users.loadUserByUsername("sifaju");
        mvc.perform(post("/api/v1/tasks/kinds").with(csrf()).with(user(sifaju)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"信访督办件\",\"defaultDays\":60,"
                                + "\"basis\":\"《信访工作条例》第三十四条\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tasks/kinds").with(csrf()).with(user(sifaju)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"NPC_SUGGESTION\",\"name\":\"重复\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/tasks/kinds").with(csrf()).with(user(users.loadUserByUsername("danwei")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X1\",\"name\":\"x\"}")).andExpect(status().isForbidden());
        CurrentUser supervisor = ((AccountPrincipal) sifaju).user();
        long market = ((AccountPrincipal) users.loadUserByUsername("danwei")).user().unitId();
        long id = supervision.create(new Supervision.NewItem(code, "群众反映农贸市场噪声扰民", null, "信访件第88号", null, null,
                false, LocalDate.of(2025, 3, 3), null, List.of(market), List.of(), null, List.of()), supervisor);
        Item item = items.get(id, supervisor.filter());
        assertThat(item.kindLabel()).isEqualTo("信访督办件");
        // 2025-03-03 + 60 日 = 2025-05-02, inside the 劳动节 holiday (05-01..05): the last day rolls to 2025-05-06.
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(item.dueCitation()).contains("信访工作条例");
    }
}
