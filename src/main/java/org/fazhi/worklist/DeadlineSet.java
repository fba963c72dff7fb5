package org.fazhi.worklist;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A statutory deadline was set or moved for a business record (期限设定): publish it through
 * {@code ApplicationEventPublisher} inside the transaction that made the change. The to-do item is upserted by
 * ({@code sourceModule}, {@code sourceType}, {@code sourceId}, {@code kind}) and commits with that transaction.
 *
 * @param countyCode   county (tenant) of the record, 6 digits
 * @param unitId       unit that must act (承办单位)
 * @param assignee     username of the person who must act, or {@code null} for anyone of the unit
 * @param sourceModule publishing module, e.g. {@code reconsideration}
 * @param sourceType   kind of record, e.g. {@code case}
 * @param sourceId     the record's identifier
 * @param kind         which deadline of the record, e.g. {@code acceptance-review}; a record may have several
 * @param title        what must be done, in Chinese, e.g. {@code 张三申请复议案受理审查}
 * @param due          the last day (期限届满日), normally {@code org.fazhi.calendar.Deadline#due()}
 * @param citation     legal basis, normally {@code org.fazhi.calendar.Deadline#citation()}
 * @param link         the page where the step is done, an in-site path starting with {@code /}
 */
public record DeadlineSet(String countyCode, long unitId, @Nullable String assignee, String sourceModule,
                          String sourceType, String sourceId, String kind, String title, LocalDate due,
                          @Nullable String citation, @Nullable String link) {

    public DeadlineSet {
        DeadlineKey.check(countyCode, sourceModule, sourceType, sourceId, kind);
        if (unitId <= 0) {
            throw new IllegalArgumentException("承办单位不能为空");
        }
        if (assignee != null && (assignee.isBlank() || assignee.length() > 64)) {
            throw new IllegalArgumentException("承办人用户名不合法：" + assignee);
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new IllegalArgumentException("事项名称不能为空且不超过 300 字");
        }
        if (due == null) {
            throw new IllegalArgumentException("期限届满日不能为空");
        }
        if (citation != null && citation.length() > 300) {
            throw new IllegalArgumentException("法律依据不超过 300 字");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
            throw new IllegalArgumentException("办理链接必须是以 / 开头的站内地址：" + link);
        }
    }

    /** The item's identity. */
    public DeadlineKey key() {
        return new DeadlineKey(countyCode, sourceModule, sourceType, sourceId, kind);
    }
}
