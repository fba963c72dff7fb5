package org.fazhi.reconsideration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 视为受理 (《中华人民共和国行政复议法》第三十条第三款): every night, each case whose five-working-day acceptance review
 * ended without a decision is recorded as accepted on the last day of the review, and its copy and decision clocks
 * start. ShedLock lets one instance of a cluster do it.
 */
@Component
class DeemedAcceptanceJob {

    private static final Logger log = LoggerFactory.getLogger(DeemedAcceptanceJob.class);

    private final ReconsiderationCases cases;
    private final JdbcClient jdbc;

    DeemedAcceptanceJob(ReconsiderationCases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${fazhi.reconsideration.deemed-acceptance-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reconsideration-deemed-acceptance", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        for (String county : jdbc.sql("SELECT DISTINCT county_code FROM recon_case WHERE status = 'RECEIVED'")
                .query(String.class).list()) {
            int n = cases.deemLapsedReviews(county);
            if (n > 0) {
                log.info("县 {} 有 {} 件行政复议申请受理审查期限届满，依法视为受理", county, n);
            }
        }
    }
}
