package org.fazhi.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.fazhi.org.CountySettings;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo report (示范数据): on first start of the demo county, the county's report on last year is drafted from the
 * demo figures, with the 司法局's narrative in the chapters staff write, so that the editor and the check have
 * something to show. It stays a draft: review, sign-off, submission and publication are for the user to try.
 */
@Component
@Order(31)
class ReportsDemo implements ApplicationRunner {

    private final AnnualReports reports;
    private final CountySettings county;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    ReportsDemo(AnnualReports reports, CountySettings county, JdbcClient jdbc, Clock clock,
                @Value("${fazhi.demo.enabled:true}") boolean enabled) {
        this.reports = reports;
        this.county = county;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("SELECT count(*) FROM rpt_report WHERE county_code = :c").param("c", county.code())
                .query(Long.class).single() > 0) {
            return;
        }
        Long government = jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND kind = 'GOVERNMENT' ORDER BY id LIMIT 1")
                .param("c", county.code()).query(Long.class).optional().orElse(null);
        if (government == null) {
            return;
        }
        CurrentUser system = new CurrentUser(0, "system", "系统", county.code(), government, county.governmentName(), "/",
                DataScope.COUNTY, Set.of("COORDINATOR"), Set.of("reports:edit"));
        int year = LocalDate.now(clock).getYear() - 1;
        long id = reports.create(government, year, system);
        reports.saveSection(id, 3, """
                （一）法治政府建设成效不够均衡。个别乡镇和部门对法治政府建设重视不够，推进成效不平衡。
                （二）法治工作队伍力量不足。部分单位缺少具有法律职业资格的专业人员，合法性审查力量薄弱。""", system);
        reports.saveSection(id, 4, """
                （一）严格落实重大行政决策程序，年初公布重大行政决策事项目录，全面落实合法性审查。
                （二）深化行政执法“三项制度”，开展行政执法案卷评查，提升乡镇综合行政执法规范化水平。
                （三）发挥行政复议化解行政争议主渠道作用，提高行政机关负责人出庭应诉率。""", system);
    }
}
