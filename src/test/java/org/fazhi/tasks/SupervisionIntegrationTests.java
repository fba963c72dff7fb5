package org.fazhi.tasks;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The supervision engine end to end: deadlines by kind, who may do what, the whole flow, worklist and audit. */
@FazhiIntegrationTest
class SupervisionIntegrationTests {

    @Autowired
    Supervision supervision;
    @Autowired
    Items items;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    CurrentUser sifaju;
    CurrentUser danwei;
    CurrentUser xiangzhen;
    long market;
    long township;

    static byte[] pdf(String salt) {
        return ("%PDF-1.4\n% " + salt + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    CurrentUser as(String name) {
        return ((AccountPrincipal) users.loadUserByUsername(name)).user();
    }

    @BeforeEach
    void setUp() {
        sifaju = as("sifaju");
        danwei = as("danwei");
        xiangzhen = as("xiangzhen");
        market = danwei.unitId();
        township = xiangzhen.unitId();
    }

    long item(String kind, LocalDate assigned, LocalDate due, boolean complex, List<Long> leads, List<Long> supports) {
        return supervision.create(new Supervision.NewItem(kind, "测试事项" + UUID.randomUUID().toString().substring(0, 8), "内容",
                null, "张代表", null, complex, assigned, due, leads, supports, null, List.of()), sifaju);
    }

    @Test
    void deputySuggestionIsDueThreeMonthsAfterAssignmentRolledPastNationalDay() {
        // 2025-07-01 + 3 months = 2025-10-01, inside 国庆 2025-10-01..08: the last day moves to Thu 2025-10-09.
        Item i = items.get(item("NPC_SUGGESTION", LocalDate.of(2025, 7, 1), null, false, List.of(market), List.of()),
                sifaju.filter());
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(i.dueCitation()).contains("代表法").contains("第五十一条");
        // Broad or difficult: 6 months, 2025-07-01 → 2026-01-01 (元旦) → 2026-01-05 after the weekend.
        Item complex = items.get(item("NPC_SUGGESTION", LocalDate.of(2025, 7, 1), null, true, List.of(market), List.of()),
                sifaju.filter());
        assertThat(complex.dueDate()).isAfterOrEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(complex.dueExplanation()).contains("6个月");
    }

    @Test
    void cppccProposalAcrossSpringFestivalAndItsSixMonthLimit() {
        // 2024-11-01 + 3 months = 2025-02-01, a Saturday after 春节 (01-28..02-04): first working day is Wed 2025-02-05.
        long id = item("CPPCC_PROPOSAL", LocalDate.of(2024, 11, 1), null, false, List.of(market), List.of());
        Item i = items.get(id, sifaju.filter());
        assertThat(i.dueDate()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(i.dueCitation()).contains("政协提案");
        // Extension beyond 6 months from assignment (2025-05-01 → rolled to 2025-05-06) is refused citing the rule.
        assertThatThrownBy(() -> supervision.requestExtension(id, danwei, LocalDate.of(2025, 6, 30), "需要协调"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("6个月");
        // Pausing a statutory answering period is refused.
        assertThatThrownBy(() -> supervision.requestPause(id, danwei, "等待上级答复"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不能暂停");
    }

    @Test
    void aTaskFromAssignmentThroughFeedbackUrgingExtensionAndCompletion() throws Exception {
        LocalDate today = LocalDate.now();
        long id = item("LEADER_INSTRUCTION", today, today.plusDays(20), false, List.of(market), List.of(township));
        // Both units have it on their worklist.
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'tasks' AND source_type = 'item' AND source_id = :id "
                + "AND status = 'OPEN'").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
        // A unit that is not assigned cannot act, in Chinese.
        assertThatThrownBy(() -> supervision.feedback(id, sifaju, "代为反馈", List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不是该事项的承办单位");
        // The co-handling township may report but not apply for completion.
        supervision.feedback(id, xiangzhen, "城关镇已配合开展现场检查", List.of());
        assertThatThrownBy(() -> supervision.requestCompletion(id, xiangzhen, "办完了", List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("只有主办");
        supervision.accept(id, danwei);
        assertThat(items.get(id, sifaju.filter()).state()).isEqualTo(ItemState.IN_PROGRESS);
        // Completion without any evidence is refused and changes nothing.
        assertThatThrownBy(() -> supervision.requestCompletion(id, danwei, "已整改", List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("佐证材料");
        assertThat(items.get(id, sifaju.filter()).state()).isEqualTo(ItemState.IN_PROGRESS);
        supervision.feedback(id, danwei, "已约谈经营户 12 户", List.of(new Supervision.Upload("现场照片说明.pdf", pdf("f" + id))));
        supervision.urge(id, sifaju, market, "请加快进度");
        long extension = supervision.requestExtension(id, danwei, today.plusDays(40), "需等待检测结果");
        supervision.decide(id, extension, sifaju, true, "同意");
        assertThat(items.get(id, sifaju.filter()).dueDate()).isEqualTo(today.plusDays(40));
        assertThat(jdbc.sql("SELECT due_date FROM wl_item WHERE source_module = 'tasks' AND source_type = 'item' AND source_id = :id "
                + "AND deadline_kind = :k").param("id", Long.toString(id)).param("k", "u" + market)
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(40));
        long completion = supervision.requestCompletion(id, danwei, "已规范占道经营", List.of());
        assertThat(items.get(id, sifaju.filter()).state()).isEqualTo(ItemState.COMPLETION_REQUESTED);
        assertThatThrownBy(() -> supervision.decide(id, completion, sifaju, false, " "))
                .isInstanceOf(BusinessException.class).hasMessageContaining("审核意见");
        supervision.decide(id, completion, sifaju, false, "缺少整改前后对比材料");
        assertThat(items.get(id, sifaju.filter()).state()).isEqualTo(ItemState.IN_PROGRESS);
        long again = supervision.requestCompletion(id, danwei, "补充对比照片", List.of(new Supervision.Upload("对比.pdf", pdf("c" + id))));
        supervision.decide(id, again, sifaju, true, "同意办结");
        Item closed = items.get(id, sifaju.filter());
        assertThat(closed.state()).isEqualTo(ItemState.CLOSED);
        assertThat(closed.closedLate()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'tasks' AND source_id = :id AND status = 'OPEN' "
                + "AND source_type = 'item'").param("id", Long.toString(id)).query(Long.class).single()).isZero();
        assertThat(items.history(id)).extracting(Items.HistoryEntry::kind).contains("CREATED", "FEEDBACK", "URGED",
                "EXTENSION_REQUESTED", "EXTENDED", "COMPLETION_REQUESTED", "RETURNED", "CLOSED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'task_item' AND object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(8);
        // Satisfaction only for suggestions and proposals.
        assertThatThrownBy(() -> supervision.satisfaction(id, sifaju, "SATISFIED", null)).isInstanceOf(BusinessException.class);
    }

    @Test
    void pauseMovesTheDeadlineByTheDaysPaused() {
        LocalDate today = LocalDate.now();
        long id = item("RECTIFICATION", today, today.plusDays(30), false, List.of(market), List.of());
        long pause = supervision.requestPause(id, danwei, "等待上级部门认定");
        supervision.decide(id, pause, sifaju, true, null);
        assertThat(items.get(id, sifaju.filter()).state()).isEqualTo(ItemState.PAUSED);
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE source_module = 'tasks' AND source_type = 'item' AND source_id = :id "
                + "AND status = 'OPEN'").param("id", Long.toString(id)).query(Long.class).single()).isZero();
        supervision.resume(id, danwei);
        Item resumed = items.get(id, sifaju.filter());
        assertThat(resumed.state()).isEqualTo(ItemState.IN_PROGRESS);
        assertThat(resumed.dueDate()).isEqualTo(today.plusDays(30)); // paused and resumed the same day: 0 days
        assertThat(resumed.dueExplanation()).contains("暂停");
    }

    @Test
    void childItemsMustCloseBeforeTheirParent() {
        LocalDate today = LocalDate.now();
        long parent = item("LEADER_INSTRUCTION", today, today.plusDays(30), false, List.of(market), List.of());
        long child = supervision.create(new Supervision.NewItem("LEADER_INSTRUCTION", "分解：城关镇先行整治", null, null, null,
                null, false, today, today.plusDays(20), List.of(township), List.of(), parent, List.of()), sifaju);
        assertThat(items.children(parent, sifaju.filter())).extracting(Item::id).containsExactly(child);
        supervision.feedback(parent, danwei, "进展", List.of(new Supervision.Upload("a.pdf", pdf("p" + parent))));
        assertThatThrownBy(() -> supervision.requestCompletion(parent, danwei, "完成", List.of()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("子事项未办结");
        assertThatThrownBy(() -> supervision.create(new Supervision.NewItem("LEADER_INSTRUCTION", "太晚的子事项", null, null, null,
                null, false, today, today.plusDays(60), List.of(township), List.of(), parent, List.of()), sifaju))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不能晚于上级事项");
    }

    @Test
    void aUnitSeesOnlyItemsOfItsOwnAndLowerUnitsAndForgedIdsAreNotFound() throws Exception {
        LocalDate today = LocalDate.now();
        long marketOnly = item("LEADER_INSTRUCTION", today, today.plusDays(10), false, List.of(market), List.of());
        assertThat(items.find(marketOnly, xiangzhen.filter())).isEmpty();
        assertThat(items.find(marketOnly, danwei.filter())).isPresent();
        mvc.perform(get("/api/v1/tasks/items/" + marketOnly).with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/items/" + marketOnly + "/accept").with(csrf())
                .with(user(users.loadUserByUsername("xiangzhen")))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/items/" + marketOnly).with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isNotFound());
        // The board of a unit lists only its items.
        mvc.perform(get("/api/v1/tasks/items").param("mine", "true").param("size", "200")
                        .with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain("\"id\":" + marketOnly + ","));
        // Read-only and reviewer roles cannot act.
        mvc.perform(post("/api/v1/tasks/items/" + marketOnly + "/urge").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"快\"}").with(user(users.loadUserByUsername("lingdao")))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/items").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(user(users.loadUserByUsername("danwei")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tasks/stats").with(user(users.loadUserByUsername("jingban")))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("sifaju")
    void theApiAssignsADeputySuggestionWithItsStatutoryDeadline() throws Exception {
        mvc.perform(post("/api/v1/tasks/items").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"NPC_SUGGESTION","title":"关于增设农村法律服务点的建议","proposer":"赵代表",
                         "sourceRef":"第5号建议","assignedOn":"2025-03-03","leadUnitIds":[%d]}""".formatted(market)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.item.dueDate").value("2025-06-03"))
                .andExpect(jsonPath("$.item.dueCitation").value(org.hamcrest.Matchers.containsString("第五十一条")));
        mvc.perform(post("/api/v1/tasks/items").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"LEADER_INSTRUCTION","title":"无期限的批示","leadUnitIds":[%d]}""".formatted(market)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写办理期限"));
    }

    @Test
    @WithUserDetails("danwei")
    void feedbackWithAnAttachmentThroughTheApi() throws Exception {
        LocalDate today = LocalDate.now();
        long id = item("LEADER_INSTRUCTION", today, today.plusDays(10), false, List.of(market), List.of());
        mvc.perform(multipart("/api/v1/tasks/items/" + id + "/feedback").file(new MockMultipartFile("files", "进展.pdf",
                        "application/pdf", pdf("api" + id))).param("text", "已完成现场核查").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[1].attachments[0].name").value("进展.pdf"));
        mvc.perform(multipart("/api/v1/tasks/items/" + id + "/feedback").file(new MockMultipartFile("files", "病毒.exe",
                        "application/octet-stream", new byte[]{'M', 'Z', 1, 2})).param("text", "附件不合法").with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(items.history(id)).hasSize(2); // the refused feedback left nothing behind
    }
}
