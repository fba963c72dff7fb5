package org.fazhi.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.worklist.DeadlineSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the annual-report deadlines of 第四十九条 on the worklist (年度报告期限): for last year, every county department
 * (政府部门, 1月31日) and the county government (人民政府, 3月31日) whose report is not yet published gets a to-do item while
 * its deadline has not passed, in every county of the deployment (a province's counties are all watched). Runs at
 * start-up and daily shortly after midnight (ShedLock: one instance); the item is
 * keyed by unit and year, so repeating it changes nothing, and publishing the report clears it.
 */
@Component
@Order(45)
class ReportDeadlineJob implements ApplicationRunner {

    static final String SOURCE_TYPE = "report";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportDeadlineJob(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    @Scheduled(cron = "${fazhi.disclosure.report-deadline-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "disclosure-report-deadlines", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void ensure() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        List<Unit> units = jdbc.sql("""
                        SELECT u.id, u.county_code, u.name, u.kind FROM org_unit u
                        WHERE u.status = 'ACTIVE' AND u.kind IN ('GOVERNMENT', 'DEPARTMENT')
                          AND NOT EXISTS (SELECT 1 FROM disc_report d WHERE d.county_code = u.county_code
                                          AND d.unit_id = u.id AND d.report_year = :y AND d.status = 'PUBLISHED')""")
                .param("y", year).query(Unit.class).list();
        for (Unit u : units) {
            AnnualReport.Level level = "GOVERNMENT".equals(u.kind()) ? AnnualReport.Level.GOVERNMENT
                    : AnnualReport.Level.DEPARTMENT;
            LocalDate due = level.due(year);
            if (today.isAfter(due)) {
                continue;
            }
            events.publishEvent(deadline(u.countyCode(), u.id(), u.name(), year, level));
        }
    }

    static DeadlineSet deadline(String countyCode, long unitId, String unitName, int year, AnnualReport.Level level) {
        return new DeadlineSet(countyCode, unitId, null, "disclosure", SOURCE_TYPE, unitId + "-" + year,
                "annual-report", unitName + year + "年政府信息公开工作年度报告（报送并公开）", level.due(year),
                level.citation(), "/disclosure/reports");
    }

    record Unit(long id, String countyCode, String name, String kind) {
    }
}
