package org.fazhi.tasks;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.CurrentUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of a fixture year (2021, which no other test or demo record touches): 5 items whose last days fall in
 * 2021 — one closed on time, one closed late, one still open and overdue, one withdrawn, one deputy suggestion closed on
 * time and rated — give 按期办结率 2 ÷ 4 = 50.00%, 2 overdue items, and the lead unit's overdue counts.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskStatisticsIntegrationTests {

    static final int YEAR = 2021;

    @Autowired
    Supervision supervision;
    @Autowired
    TaskStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    Targets targets;
    @Autowired
    Items items;

    CurrentUser sifaju;
    long market;
    long onTime;
    long late;
    long open;
    long suggestion;

    @BeforeAll
    void fixtureYear() {
        sifaju = ((AccountPrincipal) users.loadUserByUsername("sifaju")).user();
        market = ((AccountPrincipal) users.loadUserByUsername("danwei")).user().unitId();
        onTime = item("LEADER_INSTRUCTION", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30));
        late = item("RECTIFICATION", LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 30));
        open = item("LEADER_INSTRUCTION", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 29));
        long withdrawn = item("LEADER_INSTRUCTION", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 26));
        suggestion = item("NPC_SUGGESTION", LocalDate.of(2021, 3, 15), null); // due 2021-06-15
        // History as it happened in 2021 (closing dates cannot be made through today's clock).
        close(onTime, LocalDate.of(2021, 4, 28), false);
        close(late, LocalDate.of(2021, 7, 12), true);
        close(suggestion, LocalDate.of(2021, 6, 10), false);
        jdbc.sql("UPDATE task_item SET satisfaction = 'BASICALLY' WHERE id = :id").param("id", suggestion).update();
        jdbc.sql("UPDATE task_item SET state = 'WITHDRAWN' WHERE id = :id").param("id", withdrawn).update();
    }

    long item(String kind, LocalDate assigned, LocalDate due) {
        return supervision.create(new Supervision.NewItem(kind, "2021年统计夹具", null, null, null, null, false, assigned, due,
                List.of(market), List.of(), null, List.of()), sifaju);
    }

    void close(long id, LocalDate on, boolean lateClose) {
        jdbc.sql("UPDATE task_item SET state = 'CLOSED', closed_on = :on, is_closed_late = :late WHERE id = :id")
                .param("on", on).param("late", lateClose).param("id", id).update();
    }

    TaskStatistics.Figure figure(TaskStatistics.Stats stats, String code) {
        return stats.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void figuresOfTheFixtureYear() {
        TaskStatistics.Stats stats = statistics.of(sifaju.filter(), YEAR);
        assertThat(figure(stats, "TASK_ITEMS_ASSIGNED").value()).isEqualTo("4");
        TaskStatistics.Figure rate = figure(stats, "TASK_ON_TIME_RATE");
        assertThat(rate.numerator()).isEqualTo(2);
        assertThat(rate.denominator()).isEqualTo(4);
        assertThat(rate.value()).isEqualTo("50.00");
        assertThat(figure(stats, "TASK_OVERDUE_ITEMS").value()).isEqualTo("2");
        assertThat(figure(stats, "PROPOSALS_NPC").value()).isEqualTo("1");
        assertThat(figure(stats, "PROPOSAL_ON_TIME_RATE").value()).isEqualTo("100.00");
        assertThat(figure(stats, "PROPOSAL_SATISFACTION_RATE").value()).isEqualTo("100.00");
        assertThat(figure(stats, "TASK_PLAN_COMPLETION_RATE").value()).isEqualTo("无");
        TaskStatistics.UnitOverdue unit = stats.overdueByUnit().stream().filter(u -> u.unitId() == market).findFirst().orElseThrow();
        assertThat(unit.overdueOpen()).isEqualTo(1);
        assertThat(unit.closedLate()).isEqualTo(1);
        assertThat(unit.total()).isEqualTo(4);
        assertThat(stats.byKind()).extracting(TaskStatistics.KindCount::kind)
                .containsExactly("LEADER_INSTRUCTION", "NPC_SUGGESTION", "RECTIFICATION");
    }

    @Test
    void anotherUnitCountsNothingOfIt() {
        CurrentUser township = ((AccountPrincipal) users.loadUserByUsername("xiangzhen")).user();
        TaskStatistics.Stats stats = statistics.of(township.filter(), YEAR);
        assertThat(figure(stats, "TASK_ITEMS_ASSIGNED").value()).isEqualTo("0");
        assertThat(figure(stats, "TASK_ON_TIME_RATE").value()).isEqualTo("无");
    }

    @Test
    void theIndicatorSourceListsTheRecordsBehindEachFigure() {
        IndicatorSource source = sources.stream().filter(s -> s instanceof TaskIndicators).findFirst().orElseThrow();
        IndicatorScope scope = new IndicatorScope(sifaju.filter(), "示范县");
        List<IndicatorRecord> owed = source.records("TASK_ON_TIME_RATE", scope, ReportingPeriod.year(YEAR),
                IndicatorRecord.Part.DENOMINATOR, 100);
        assertThat(owed).extracting(IndicatorRecord::id).containsExactlyInAnyOrder(
                Long.toString(onTime), Long.toString(late), Long.toString(open), Long.toString(suggestion));
        List<IndicatorRecord> inTime = source.records("TASK_ON_TIME_RATE", scope, ReportingPeriod.year(YEAR),
                IndicatorRecord.Part.NUMERATOR, 100);
        assertThat(inTime).extracting(IndicatorRecord::id).containsExactlyInAnyOrder(Long.toString(onTime), Long.toString(suggestion));
        assertThat(inTime.get(0).link()).startsWith("/tasks/items/");
        assertThat(source.definitions()).extracting(IndicatorDefinition::code).doesNotHaveDuplicates();
    }

    @Test
    void aTargetReadsAnIndicatorWhenGivenItsCode() {
        assertThat(targets.indicator("TASK_ON_TIME_RATE", sifaju.filter(), YEAR))
                .hasValueSatisfying(i -> assertThat(i.value()).isEqualByComparingTo(new BigDecimal("50.00")));
        // In 2020, so that the fixture year stays as described: its only item is open past its last day (0 of 1 on time).
        long item = supervision.create(new Supervision.NewItem("LEADER_INSTRUCTION", "按期办结率达到90%", null, null, null, null,
                false, LocalDate.of(2020, 1, 6), LocalDate.of(2020, 12, 31), List.of(market), List.of(), null,
                List.of(new Supervision.Requirement("RATE", "按期办结率达到90%", null, null, new BigDecimal("90"), "%",
                        "TASK_ON_TIME_RATE"))), sifaju);
        Item i = items.get(item, sifaju.filter());
        Targets.Tracked tracked = targets.of(i, items.assignments(item), sifaju.filter()).get(0);
        assertThat(tracked.indicatorValue()).isEqualByComparingTo("0.00");
        assertThat(tracked.indicatorName()).isEqualTo("督办事项按期办结率");
        assertThat(tracked.met()).isFalse();
        assertThat(tracked.summary()).contains("2020年值").contains("未达到");
    }
}
