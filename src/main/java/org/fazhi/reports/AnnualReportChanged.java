package org.fazhi.reports;

import org.fazhi.shared.AuditableEvent;

/**
 * An annual report changed (年度报告变更): drafted, edited, sent for review, returned, signed, submitted, published.
 *
 * @param action {@code reports.annual.created|edited|compiled|review|returned|signed|submitted|published}
 */
public record AnnualReportChanged(String countyCode, String actor, String action, long reportId, long unitId, int year,
                                  String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "rpt_report";
    }

    @Override
    public String objectId() {
        return Long.toString(reportId);
    }
}
