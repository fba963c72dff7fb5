package org.fazhi.audit;

import org.fazhi.shared.AuditableEvent;

/** The audit log was exported (审计日志已导出); the filters used are stored as the entry's details. */
record AuditLogExported(String countyCode, String actor, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "audit.log.exported";
    }

    @Override
    public String objectType() {
        return "audit_entry";
    }

    @Override
    public String objectId() {
        return "export";
    }
}
