package org.fazhi.review;

import org.fazhi.shared.AuditableEvent;

/**
 * Someone exported the review queue or the review statistics to a spreadsheet (导出审查事项/审查统计).
 *
 * @param action   {@code review.request.exported} or {@code review.stats.exported}
 * @param objectId what was exported: {@code list} or the statistics year
 */
public record ReviewExported(String countyCode, String actor, String action, String objectId, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "rv_request";
    }
}
