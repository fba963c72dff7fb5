package org.fazhi.calendar;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

/** The holiday notice entry form (节假日安排通知录入表单) as typed. */
class NoticeForm {

    private @Nullable String year;
    private @Nullable String url;
    private @Nullable String title;
    private @Nullable String offDays;
    private @Nullable String workDays;
    private @Nullable String remark;

    NoticeDraft toDraft() {
        int parsedYear;
        try {
            parsedYear = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("年度“" + year + "”不是有效年份");
        }
        return new NoticeDraft(parsedYear, url == null ? "" : url, title == null ? "" : title,
                offDays == null ? "" : offDays, workDays == null ? "" : workDays,
                remark == null || remark.isBlank() ? null : remark.strip());
    }

    /** A form pre-filled with a year's current days, for entering a supplementary or corrected notice. */
    static NoticeForm prefilled(int year, @Nullable HolidayNotice current) {
        NoticeForm form = new NoticeForm();
        form.year = String.valueOf(year);
        if (current != null) {
            form.offDays = NoticeDraft.format(current.days(), true);
            form.workDays = NoticeDraft.format(current.days(), false);
        }
        return form;
    }

    public @Nullable String getYear() {
        return year;
    }

    public void setYear(@Nullable String year) {
        this.year = year;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getOffDays() {
        return offDays;
    }

    public void setOffDays(@Nullable String offDays) {
        this.offDays = offDays;
    }

    public @Nullable String getWorkDays() {
        return workDays;
    }

    public void setWorkDays(@Nullable String workDays) {
        this.workDays = workDays;
    }

    public @Nullable String getRemark() {
        return remark;
    }

    public void setRemark(@Nullable String remark) {
        this.remark = remark;
    }
}
