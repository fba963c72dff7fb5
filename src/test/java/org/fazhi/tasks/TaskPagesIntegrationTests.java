package org.fazhi.tasks;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page of the module renders for the roles that may see it, exports are real files, others are refused. */
@FazhiIntegrationTest
class TaskPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    long demoPlan() {
        return jdbc.sql("SELECT id FROM task_plan WHERE county_code = '990121' AND title LIKE '示范县法治政府建设%' ORDER BY id LIMIT 1")
                .query(Long.class).single();
    }

    long demoItem(String kind) {
        return jdbc.sql("SELECT id FROM task_item WHERE county_code = '990121' AND kind_code = :k ORDER BY id LIMIT 1")
                .param("k", kind).query(Long.class).single();
    }

    @Test
    void pagesRenderForTheSupervisor() throws Exception {
        long plan = demoPlan();
        for (String url : List.of("/tasks", "/tasks/mine", "/tasks?overdue=true&state=IN_PROGRESS&kind=PLAN_TASK&keyword=法治",
                "/tasks/items/new", "/tasks/plans", "/tasks/plans/" + plan, "/tasks/plans/import", "/tasks/stats",
                "/tasks/items/" + demoItem("PLAN_TASK"), "/tasks/items/" + demoItem("CPPCC_PROPOSAL"),
                "/tasks/items/" + demoItem("RECTIFICATION"), "/tasks/items/new?parent=" + demoItem("LEADER_INSTRUCTION"), "/tasks/kinds")) {
            mvc.perform(get(url).with(user(users.loadUserByUsername("sifaju")))).andExpect(status().isOk());
        }
    }

    @Test
    void theDemoShowsAPlanAndItemsOfEveryKind() {
        assertThat(jdbc.sql("SELECT count(*) FROM task_item WHERE plan_id = :p").param("p", demoPlan()).query(Long.class).single())
                .isEqualTo(7);
        assertThat(jdbc.sql("SELECT count(DISTINCT kind_code) FROM task_item WHERE county_code = '990121'").query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT satisfaction FROM task_item WHERE id = :id").param("id", demoItem("CPPCC_PROPOSAL"))
                .query(String.class).single()).isEqualTo("SATISFIED");
    }

    @Test
    void unitAndLeaderPagesRenderAndForbiddenPagesAreRefused() throws Exception {
        for (String url : List.of("/tasks", "/tasks/mine", "/tasks/plans", "/tasks/items/" + demoItem("NPC_SUGGESTION"))) {
            mvc.perform(get(url).with(user(users.loadUserByUsername("danwei")))).andExpect(status().isOk());
        }
        mvc.perform(get("/tasks/stats").with(user(users.loadUserByUsername("lingdao")))).andExpect(status().isOk());
        mvc.perform(get("/tasks/plans/import").with(user(users.loadUserByUsername("danwei")))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/items/new").with(user(users.loadUserByUsername("lingdao")))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/stats").with(user(users.loadUserByUsername("danwei")))).andExpect(status().isForbidden());
    }

    @Test
    void exportsAreRealSpreadsheetsAndDocuments() throws Exception {
        long plan = demoPlan();
        byte[] xlsx = mvc.perform(get("/tasks/plans/" + plan + "/export.xlsx").with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(8);
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("落实法治政府建设年度报告制度");
        }
        byte[] report = mvc.perform(post("/tasks/plans/" + plan + "/report.docx").with(csrf())
                        .with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(report))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("落实情况").contains("1.落实法治政府建设年度报告制度").contains("法治政府建设年度报告（送审稿）.docx");
        }
        byte[] docx = mvc.perform(post("/tasks/plans/" + plan + "/export.docx").with(csrf())
                        .with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("一、加强法治政府建设组织领导").contains("牵头单位：示范县司法局");
        }
        byte[] board = mvc.perform(get("/tasks/export").param("mine", "false").with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(board, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
