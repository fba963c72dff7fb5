package org.fazhi.disclosure;

import org.fazhi.shared.AuditableEvent;

/** An annual disclosure report was started, saved or published (年度报告编制). */
public record DisclosureReportChanged(String countyCode, String actor, long reportId, String step, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "disclosure.report." + step;
    }

    @Override
    public String objectType() {
        return "disc_report";
    }

    @Override
    public String objectId() {
        return Long.toString(reportId);
    }
}
