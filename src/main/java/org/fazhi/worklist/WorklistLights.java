package org.fazhi.worklist;

import org.fazhi.calendar.LegalCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Computes and stores the deadline lights (期限灯) on the legal calendar, on each write and once a day. */
@Service
class WorklistLights {

    private static final Logger log = LoggerFactory.getLogger(WorklistLights.class);

    private final WorkItems items;
    private final LightPolicy policy;
    private final Clock clock;

    WorklistLights(WorkItems items, LegalCalendar calendar, WorklistSettings settings, Clock clock) {
        this.items = items;
        this.policy = new LightPolicy(calendar::workingDaysBetween, settings.yellowWorkingDays());
        this.clock = clock;
    }

    /** Today in the platform's time zone (Beijing). */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    Light lightOf(LocalDate due, LocalDate today) {
        return policy.light(due, today);
    }

    int remaining(LocalDate due, LocalDate today) {
        return policy.remaining(due, today);
    }

    /**
     * Recomputes the lights of every open item as of {@code today}; one light per county and last day, and only rows
     * whose light changes are written.
     *
     * @return the number of items whose light changed
     */
    @Transactional
    int recompute(LocalDate today) {
        Instant now = clock.instant();
        int changed = 0;
        for (Map.Entry<String, List<LocalDate>> county : items.openDueDates().entrySet()) {
            for (LocalDate due : county.getValue()) {
                changed += items.relight(county.getKey(), due, policy.light(due, today), now);
            }
        }
        log.info("期限灯已按 {} 重新计算，{} 条待办变更", today, changed);
        return changed;
    }
}
