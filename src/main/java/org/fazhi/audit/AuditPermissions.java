package org.fazhi.audit;

/** Permission codes of the audit module, seeded in {@code db/migration/org/V1__organisation.sql}. */
final class AuditPermissions {

    /** 查看审计日志. */
    static final String VIEW = "audit:log:view";
    /** 校验审计链. */
    static final String VERIFY = "audit:verify";

    private AuditPermissions() {
    }
}
