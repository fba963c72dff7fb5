package org.fazhi.calendar;

import org.fazhi.shared.AuditableEvent;

/**
 * An administrator entered a holiday notice (录入节假日安排通知): from now on every deadline uses it. Holiday data is
 * the same for the whole deployment, so the event belongs to no county ({@code 000000}).
 *
 * @param year     the notice's year
 * @param revision the revision created
 */
public record HolidayNoticeEntered(String actor, int year, int revision, String summary) implements AuditableEvent {

    @Override
    public String countyCode() {
        return "000000";
    }

    @Override
    public String action() {
        return "calendar.holiday.notice-entered";
    }

    @Override
    public String objectType() {
        return "cal_notice";
    }

    @Override
    public String objectId() {
        return year + "#" + revision;
    }
}
