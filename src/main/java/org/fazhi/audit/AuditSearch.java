package org.fazhi.audit;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The filters of the audit log (审计日志查询条件) as the page and the API receive them: all optional text, checked by
 * {@link #validated()} with Chinese messages.
 *
 * @param from       first day (inclusive, Beijing time), {@code YYYY-MM-DD}
 * @param to         last day (inclusive), {@code YYYY-MM-DD}
 * @param actor      exact username
 * @param action     an action code, or a prefix of whole segments ({@code org.account} matches {@code org.account.login})
 * @param objectType exact object type
 * @param objectId   exact object id
 * @param q          text contained in the summary
 */
public record AuditSearch(@Nullable String from, @Nullable String to, @Nullable String actor, @Nullable String action,
                          @Nullable String objectType, @Nullable String objectId, @Nullable String q) {

    static final int MAX_TEXT = 100;

    public AuditSearch {
        from = blankToNull(from);
        to = blankToNull(to);
        actor = blankToNull(actor);
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        q = blankToNull(q);
    }

    static AuditSearch none() {
        return new AuditSearch(null, null, null, null, null, null, null);
    }

    /** The filters with dates parsed; rejects bad dates, a reversed range and over-long text. */
    Valid validated() {
        LocalDate fromDay = date(from, "开始日期");
        LocalDate toDay = date(to, "结束日期");
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw BusinessException.invalid("开始日期不能晚于结束日期");
        }
        for (String text : new String[]{actor, action, objectType, objectId, q}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw BusinessException.invalid("查询条件不能超过 " + MAX_TEXT + " 个字");
            }
        }
        return new Valid(fromDay, toDay, this);
    }

    /** Checked filters. */
    record Valid(@Nullable LocalDate from, @Nullable LocalDate to, AuditSearch search) {
    }

    private static @Nullable LocalDate date(@Nullable String text, String label) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(label + "“" + text + "”格式不正确，应为 YYYY-MM-DD");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
