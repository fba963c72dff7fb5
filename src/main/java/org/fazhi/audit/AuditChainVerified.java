package org.fazhi.audit;

import org.fazhi.shared.AuditableEvent;

/** The audit chains were verified (审计链已校验): the check itself is part of the record. */
record AuditChainVerified(String countyCode, String actor, String objectId, String summary) implements AuditableEvent {

    static AuditChainVerified of(String countyCode, String actor, VerificationReport report) {
        String summary;
        if (report.intact()) {
            summary = "校验审计链：" + report.chains().size() + " 条链全部完整，共 " + report.entries() + " 条记录";
        } else {
            ChainReport first = report.broken().get(0);
            summary = "校验审计链：发现 " + report.broken().size() + " 条链异常，首个为县 " + first.countyCode()
                    + " 第 " + first.firstBreak().seq() + " 号记录（" + first.firstBreak().fault().label() + "）";
        }
        String scope = report.chains().size() == 1 ? report.chains().get(0).countyCode() : "*";
        return new AuditChainVerified(countyCode, actor, scope, summary);
    }

    @Override
    public String action() {
        return "audit.chain.verified";
    }

    @Override
    public String objectType() {
        return "audit_chain";
    }
}
