package org.fazhi.disclosure;

import org.fazhi.shared.AuditableEvent;

/** The request list was exported (导出), with how many rows and whether identity data was unmasked. */
public record DisclosureRequestsExported(String countyCode, String actor, int rows, boolean unmasked)
        implements AuditableEvent {

    @Override
    public String action() {
        return "disclosure.request.exported";
    }

    @Override
    public String objectType() {
        return "disc_request";
    }

    @Override
    public String objectId() {
        return "export";
    }

    @Override
    public String summary() {
        return "导出政府信息公开申请 " + rows + " 条" + (unmasked ? "（含未掩码的身份信息）" : "");
    }
}
