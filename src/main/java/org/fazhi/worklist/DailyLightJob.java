package org.fazhi.worklist;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every light shortly after midnight, Beijing time (每日期限灯刷新). ShedLock makes one instance of a
 * multi-instance deployment run it; the others skip that day's run.
 */
@Component
class DailyLightJob {

    static final String LOCK = "worklist-lights";

    private final WorklistLights lights;

    DailyLightJob(WorklistLights lights) {
        this.lights = lights;
    }

    @Scheduled(cron = "${fazhi.worklist.recompute-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void recompute() {
        lights.recompute(lights.today());
    }
}
