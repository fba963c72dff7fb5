package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entering a newly published holiday notice (录入节假日安排通知): validated, stored as the year's new revision (the old one
 * stays as history), audited, and in effect for every deadline as soon as it commits.
 */
@Service
class HolidayNoticeManagement {

    private final HolidayNotices notices;
    private final LegalCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    HolidayNoticeManagement(HolidayNotices notices, LegalCalendar calendar, ApplicationEventPublisher events,
                            TransactionTemplate tx, Clock clock) {
        this.notices = notices;
        this.calendar = calendar;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stores the notice; the year's earlier papers are kept with it, since a supplementary notice (like the 2020
     * extension of the Spring Festival) amends rather than replaces the original.
     *
     * @return the event that was recorded
     */
    HolidayNoticeEntered enter(NoticeDraft draft, String actor) {
        NoticeDraft.Checked checked = draft.check();
        if (!checked.valid() || checked.notice() == null) {
            throw BusinessException.invalid(String.join("；", checked.errors()));
        }
        HolidayNoticeEntered entered = tx.execute(status -> {
            notices.lockForUpdate();
            HolidayNotice typed = checked.notice();
            Map<String, HolidayNotice.Paper> papers = new LinkedHashMap<>();
            notices.currentOf(typed.year()).ifPresent(old -> old.papers().forEach(p -> papers.put(p.url(), p)));
            typed.papers().forEach(p -> papers.put(p.url(), p));
            HolidayNotice notice = new HolidayNotice(typed.year(), new ArrayList<>(papers.values()), typed.days());
            int revision = notices.add(notice, HolidayNotices.Origin.ENTERED, actor, clock.instant(), draft.remark());
            HolidayNoticeEntered event = new HolidayNoticeEntered(actor, notice.year(), revision, summary(notice, revision));
            events.publishEvent(event);
            return event;
        });
        calendar.reload();
        return entered;
    }

    private static String summary(HolidayNotice notice, int revision) {
        long off = notice.days().stream().filter(HolidayEntry::offDay).count();
        long work = notice.days().size() - off;
        List<HolidayNotice.Paper> papers = notice.papers();
        HolidayNotice.Paper latest = papers.get(papers.size() - 1);
        return "录入 " + notice.year() + " 年节假日安排通知（第 " + revision + " 版）：放假 " + off + " 天，调休上班 " + work
                + " 天；来源：" + (latest.title() == null ? "" : latest.title() + " ") + latest.url();
    }
}
