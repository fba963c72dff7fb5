package org.fazhi.normdocs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Every night, each county's documents whose validity period ended yesterday or earlier become 已失效 (see
 * {@link Expiries}). ShedLock lets one instance of a cluster do it; the day comes from the injected clock.
 */
@Component
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final Expiries expiries;
    private final Clock clock;

    ExpiryJob(Expiries expiries, Clock clock) {
        this.expiries = expiries;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.normdocs.expiry-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "normdocs-validity-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (String county : expiries.countiesWithLapsed(today)) {
            int n = expiries.expireLapsed(county, today);
            if (n > 0) {
                log.info("县 {} 有 {} 件规范性文件有效期届满，已标记为失效", county, n);
            }
        }
    }
}
