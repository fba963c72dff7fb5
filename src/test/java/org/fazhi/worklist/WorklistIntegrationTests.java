package org.fazhi.worklist;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worklist end to end, with this test as the producer of deadline events (no case module exists yet): items commit
 * with the publishing transaction, lights follow the legal calendar, and scope hides other units' items.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class WorklistIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorklistLights lights;
    @Autowired
    DailyLightJob job;
    @Autowired
    WorklistQueries queries;
    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    WorklistFixtures f;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        f = new WorklistFixtures(jdbc);
    }

    private DeadlineSet set(long unit, String assignee, String id, String title, LocalDate due) {
        return new DeadlineSet(f.county, unit, assignee, "reconsideration", "case", id, "acceptance-review", title,
                due, "《中华人民共和国行政复议法》第三十条", "/reconsideration/cases/" + id);
    }

    /** Publishes events the way a module does: inside the transaction of its business change. */
    private void publish(Object... deadlineEvents) {
        tx.executeWithoutResult(status -> {
            for (Object event : deadlineEvents) {
                publisher.publishEvent(event);
            }
        });
    }

    private UserDetails login(String username) {
        return users.loadUserByUsername(username);
    }

    private int items() {
        return jdbc.sql("SELECT count(*) FROM wl_item WHERE county_code = :c").param("c", f.county)
                .query(Integer.class).single();
    }

    @Test
    @DisplayName("事件在业务事务中写入待办：我的待办显示分配给我的和本单位未分配的事项，不显示别人的和其他单位的")
    void myListShowsMineAndMyUnitsUnassignedItems() throws Exception {
        publish(set(f.unitA, null, "A-1", "甲申请复议案受理审查", LocalDate.of(2025, 3, 10)),
                set(f.unitA, f.clerkA2, "A-2", "乙申请复议案受理审查", LocalDate.of(2025, 3, 11)),
                set(f.unitB, null, "B-1", "丙申请复议案受理审查", LocalDate.of(2025, 3, 12)));

        mvc.perform(get("/worklist").with(user(login(f.clerkA))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲申请复议案受理审查")))
                .andExpect(content().string(not(containsString("乙申请复议案受理审查"))))
                .andExpect(content().string(not(containsString("丙申请复议案受理审查"))))
                .andExpect(content().string(containsString("href=\"/reconsideration/cases/A-1\"")));
        mvc.perform(get("/api/v1/worklist/items").with(user(login(f.clerkA2))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].sourceId").value("A-1"))
                .andExpect(jsonPath("$.items[1].sourceId").value("A-2"))
                .andExpect(jsonPath("$.items[1].assignee").value(f.clerkA2))
                .andExpect(jsonPath("$.items[0].citation").value("《中华人民共和国行政复议法》第三十条"));
        mvc.perform(get("/api/v1/worklist/items").with(user(login(f.clerkB))))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value("丙申请复议案受理审查"));
    }

    @Test
    @DisplayName("业务事务回滚时待办也不写入；事件在事务外发布时立即写入")
    void itemCommitsWithTheBusinessChange() {
        tx.executeWithoutResult(status -> {
            publisher.publishEvent(set(f.unitA, null, "R-1", "回滚的事项", LocalDate.of(2025, 3, 10)));
            status.setRollbackOnly();
        });
        assertThat(items()).isZero();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            publisher.publishEvent(set(f.unitA, null, "R-2", "失败的事项", LocalDate.of(2025, 3, 10)));
            throw new IllegalStateException("业务处理失败");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(items()).isZero();

        publisher.publishEvent(set(f.unitA, null, "R-3", "事务外发布的事项", LocalDate.of(2025, 3, 10)));
        assertThat(items()).isEqualTo(1);
    }

    private List<String> row(String sourceId) {
        return jdbc.sql("SELECT unit_id, coalesce(assignee, '-'), title, due_date, citation, link, status, light, version "
                        + "FROM wl_item WHERE county_code = :c AND source_id = :id")
                .param("c", f.county).param("id", sourceId)
                .query((rs, n) -> java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> {
                    try {
                        return rs.getString(i);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new))).single();
    }

    private static List<String> withoutLink(List<String> row) {
        row.set(5, "link");
        return row;
    }

    @Test
    @DisplayName("批量设定期限（DeadlinesSet）写出的待办与逐条设定完全相同，同键的后一条生效，并随业务事务提交或回滚")
    void manyDeadlinesAtOnceGiveTheSameItemsAsOneByOne() {
        LocalDate soon = lights.today().plusDays(1);
        publish(set(f.unitA, null, "S-1", "逐条设定的事项", LocalDate.of(2025, 3, 10)),
                set(f.unitA, f.clerkA2, "S-2", "逐条设定的事项二", soon));
        publish(new DeadlinesSet(List.of(set(f.unitA, null, "M-1", "逐条设定的事项", LocalDate.of(2025, 3, 10)),
                set(f.unitA, f.clerkA2, "M-2", "先设定后被替换", LocalDate.of(2099, 1, 1)),
                set(f.unitA, f.clerkA2, "M-2", "逐条设定的事项二", soon))));
        // the same item but for its own id and link
        assertThat(withoutLink(row("M-1"))).isEqualTo(withoutLink(row("S-1")));
        assertThat(withoutLink(row("M-2"))).isEqualTo(withoutLink(row("S-2")));
        assertThat(row("M-2").get(5)).isEqualTo("/reconsideration/cases/M-2");
        // an existing item is updated, as by DeadlineSet
        publish(new DeadlinesSet(List.of(set(f.unitA, null, "M-1", "改期的事项", LocalDate.of(2099, 5, 6)))));
        assertThat(row("M-1").subList(2, 4)).containsExactly("改期的事项", "2099-05-06");
        assertThat(row("M-1").get(8)).isEqualTo("1");
        tx.executeWithoutResult(status -> {
            publisher.publishEvent(new DeadlinesSet(List.of(set(f.unitA, null, "M-9", "回滚的事项", soon))));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM wl_item WHERE county_code = :c AND source_id = 'M-9'")
                .param("c", f.county).query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("同一期限重复设定只更新一条；解除后办结并记录是否逾期；再次设定重新打开")
    void upsertClearAndReopen() throws Exception {
        publish(set(f.unitA, null, "U-1", "补正期限", LocalDate.of(2025, 3, 10)));
        publish(set(f.unitA, null, "U-1", "补正期限（延长）", LocalDate.of(2099, 3, 20)));
        assertThat(items()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT due_date FROM wl_item WHERE county_code = :c AND source_id = 'U-1'")
                .param("c", f.county).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2099, 3, 20));
        assertThat(f.lightOf("U-1")).isEqualTo("GREEN");

        publish(DeadlineCleared.of(new DeadlineKey(f.county, "reconsideration", "case", "U-1", "acceptance-review")));
        assertThat(f.lightOf("U-1")).isEqualTo("GREY");
        assertThat(jdbc.sql("SELECT status || '/' || is_done_late FROM wl_item WHERE county_code = :c AND source_id = 'U-1'")
                .param("c", f.county).query(String.class).single()).isEqualTo("DONE/false");
        mvc.perform(get("/worklist").with(user(login(f.clerkA))))
                .andExpect(content().string(not(containsString("补正期限（延长）"))));
        mvc.perform(get("/worklist").param("status", "DONE").with(user(login(f.clerkA))))
                .andExpect(content().string(containsString("补正期限（延长）")))
                .andExpect(content().string(containsString("按期办结")));

        publish(set(f.unitA, null, "U-1", "补正期限（重新计算）", LocalDate.of(2099, 4, 1)));
        assertThat(f.lightOf("U-1")).isEqualTo("GREEN");
        assertThat(items()).isEqualTo(1);
    }

    @Test
    @DisplayName("期限灯按工作日计算：2025-10-09 届满，国庆长假前 9-26 为绿灯，9-28 起只剩 3 个工作日为黄灯，10-10 为红灯")
    void lightsAtFixedDatesAcrossNationalDay() {
        publish(set(f.unitA, null, "L-1", "国庆后届满的事项", LocalDate.of(2025, 10, 9)),
                set(f.unitA, null, "L-2", "国庆后第二周届满的事项", LocalDate.of(2025, 10, 13)));

        lights.recompute(LocalDate.of(2025, 9, 26));
        assertThat(f.lightOf("L-1")).isEqualTo("GREEN");
        lights.recompute(LocalDate.of(2025, 9, 28));
        assertThat(f.lightOf("L-1")).isEqualTo("YELLOW");
        lights.recompute(LocalDate.of(2025, 9, 30));
        assertThat(f.lightOf("L-1")).isEqualTo("YELLOW");
        assertThat(f.lightOf("L-2")).as("10-09、10-10、10-11（调休上班）、10-13 共 4 个工作日").isEqualTo("GREEN");
        lights.recompute(LocalDate.of(2025, 10, 9));
        assertThat(f.lightOf("L-1")).isEqualTo("YELLOW");
        assertThat(f.lightOf("L-2")).isEqualTo("YELLOW");
        lights.recompute(LocalDate.of(2025, 10, 10));
        assertThat(f.lightOf("L-1")).isEqualTo("RED");

        ScopeFilter unitA = new ScopeFilter(DataScope.OWN_UNIT, f.county, f.unitA, "/" + f.government + "/" + f.unitA + "/");
        assertThat(queries.lightCounts(unitA)).isEqualTo(Map.of(Light.RED, 1L, Light.YELLOW, 1L, Light.GREEN, 0L));
    }

    @Test
    @DisplayName("期限灯板按数据范围统计；超出范围的单位明细返回 404；经办人无灯板权限")
    void boardRespectsScope() throws Exception {
        publish(set(f.unitA, null, "S-1", "司法局逾期事项", LocalDate.of(2020, 1, 10)),
                set(f.unitB, null, "S-2", "市场监管局正常事项", LocalDate.of(2099, 1, 10)),
                set(f.unitB, null, "S-3", "市场监管局另一事项", LocalDate.of(2099, 2, 10)));

        mvc.perform(get("/worklist/board").with(user(login(f.coordinator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试县司法局")))
                .andExpect(content().string(containsString("测试县市场监督管理局")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("id=\"board-red\">1<")))
                .andExpect(content().string(containsString("id=\"board-green\">2<")));
        mvc.perform(get("/worklist/board/units/" + f.unitB).with(user(login(f.coordinator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市场监管局另一事项")));

        mvc.perform(get("/worklist/board").with(user(login(f.adminA))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试县司法局")))
                .andExpect(content().string(not(containsString("测试县市场监督管理局"))));
        mvc.perform(get("/worklist/board/units/" + f.unitB).with(user(login(f.adminA))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/worklist/board/units/" + f.unitB + "/export").with(user(login(f.adminA))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/worklist/board").with(user(login(f.clerkA)))).andExpect(status().isForbidden());

        WorklistFixtures other = new WorklistFixtures(jdbc);
        mvc.perform(get("/worklist/board").with(user(login(other.coordinator))))
                .andExpect(content().string(not(containsString("司法局逾期事项"))))
                .andExpect(content().string(containsString("id=\"board-empty\"")));
        mvc.perform(get("/worklist/board/units/" + f.unitA).with(user(login(other.coordinator))))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("导出我的待办为 xlsx，并记入审计")
    void exportsMyItems() throws Exception {
        publish(set(f.unitA, null, "E-1", "导出测试事项", LocalDate.of(2099, 5, 6)));

        byte[] body = mvc.perform(get("/worklist/export").with(user(login(f.clerkA))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("事项");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("导出测试事项");
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("2099-05-06");
        }
        assertThat(events.stream(WorklistExported.class))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo(f.clerkA));
    }

    @Test
    @DisplayName("每日刷新任务在 ShedLock 锁下运行：重新计算期限灯；锁被其他实例持有时跳过")
    void dailyJobRecomputesUnderShedLock() {
        publish(set(f.unitA, null, "J-1", "已过期但灯未更新的事项", LocalDate.of(2020, 6, 1)));
        jdbc.sql("UPDATE wl_item SET light = 'GREEN' WHERE county_code = :c").param("c", f.county).update();
        jdbc.sql("DELETE FROM shedlock WHERE name = :n").param("n", DailyLightJob.LOCK).update();

        job.recompute();

        assertThat(f.lightOf("J-1")).isEqualTo("RED");
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = :n AND lock_until > now()")
                .param("n", DailyLightJob.LOCK).query(Integer.class).single())
                .as("the lock is held at least a minute, so a second instance skips the same run").isEqualTo(1);

        jdbc.sql("UPDATE wl_item SET light = 'GREEN' WHERE county_code = :c").param("c", f.county).update();
        jdbc.sql("UPDATE shedlock SET lock_until = now() + interval '10 minutes', locked_by = 'other-instance' WHERE name = :n")
                .param("n", DailyLightJob.LOCK).update();
        job.recompute();
        assertThat(f.lightOf("J-1")).as("another instance holds the lock").isEqualTo("GREEN");

        jdbc.sql("UPDATE shedlock SET lock_until = now() WHERE name = :n").param("n", DailyLightJob.LOCK).update();
    }

    @Test
    @DisplayName("筛选和分页参数错误时返回 400 和中文说明；非法链接的事件在发布前即被拒绝")
    void rejectsBadInput() throws Exception {
        mvc.perform(get("/api/v1/worklist/items").param("size", "500").with(user(login(f.clerkA))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("每页条数")));
        mvc.perform(get("/api/v1/worklist/items").param("light", "PURPLE").with(user(login(f.clerkA))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("期限灯只能是")));
        mvc.perform(get("/worklist").param("status", "LATER").with(user(login(f.clerkA))))
                .andExpect(status().isBadRequest());
        assertThatThrownBy(() -> new DeadlineSet(f.county, f.unitA, null, "reconsideration", "case", "X", "k",
                "事项", LocalDate.of(2025, 1, 1), null, "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("站内地址");
    }
}
