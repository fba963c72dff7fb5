package org.fazhi.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the bundled holiday data on start (节假日数据初始化), idempotently: a year is loaded when the database has no
 * notice for it, or when the database only knows it as unknown and the shipped file now carries the published notice.
 * A notice an administrator entered is never overwritten.
 */
@Component
@Order(20)
class HolidayLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HolidayLoader.class);
    static final String SYSTEM = "system";

    private final HolidayNotices notices;
    private final LegalCalendar calendar;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    HolidayLoader(HolidayNotices notices, LegalCalendar calendar, TransactionTemplate tx, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.notices = notices;
        this.calendar = calendar;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<HolidayNotice> bundled = BundledHolidays.read();
        Integer loaded = tx.execute(status -> load(bundled));
        if (loaded != null && loaded > 0) {
            log.info("已载入随系统发布的节假日数据 {} 个年度", loaded);
        }
        calendar.reload();
    }

    int load(List<HolidayNotice> bundled) {
        notices.lockForUpdate();
        Map<Integer, HolidayNotice> stored = notices.current().stream()
                .collect(Collectors.toMap(HolidayNotice::year, n -> n));
        int loaded = 0;
        for (HolidayNotice notice : bundled) {
            HolidayNotice existing = stored.get(notice.year());
            boolean missing = existing == null || (!existing.published() && notice.published());
            if (missing) {
                int revision = notices.add(notice, HolidayNotices.Origin.BUNDLED, SYSTEM, clock.instant(),
                        notice.published() ? "随系统发布（holiday-cn，MIT 许可）" : "该年度通知尚未发布");
                // Every deadline depends on this data: loading it is a change of the legal calendar, so it is audited.
                events.publishEvent(new HolidayNoticeEntered(SYSTEM, notice.year(), revision,
                        notice.year() + " 年节假日安排第 " + revision + " 版载入（随系统发布的数据"
                                + (notice.published() ? "" : "，该年度通知尚未发布") + "）"));
                loaded++;
            }
        }
        return loaded;
    }
}
