package org.fazhi.reconsideration;

import java.util.EnumSet;
import java.util.Set;

/** Where a reconsideration case stands (案件状态). */
public enum CaseStatus {
    /** 待受理审查: the 5-working-day review of 第三十条 is running. */
    RECEIVED("受理审查中"),
    /** 补正中: the 补正通知 has been served and the applicant's cure period runs (第三十一条). */
    CURING("补正中"),
    /** 审理中: accepted (or deemed accepted), under simple or ordinary procedure. */
    IN_REVIEW("审理中"),
    /** 中止审理 (第三十九条). */
    SUSPENDED("中止审理"),
    /** 已作出决定（含调解书、终止决定）, awaiting service and closure. */
    DECIDED("已决定"),
    /** 已结案. */
    CLOSED("已结案"),
    /** 不予受理 (第三十条第二款). */
    NOT_ACCEPTED("不予受理"),
    /** 告知/转送 to the competent body (第三十条第二款、第三十二条). */
    REFERRED("已告知或转送"),
    /** 受理前化解: resolved before acceptance, the applicant withdrew. */
    RESOLVED_BEFORE_ACCEPTANCE("受理前化解"),
    /** 撤回申请 before acceptance. */
    WITHDRAWN("申请已撤回"),
    /** 视为放弃: no cure within the period (第三十一条第二款). */
    ABANDONED("视为放弃申请");

    /** Statuses after which nothing more happens to the case. */
    static final Set<CaseStatus> FINAL = EnumSet.of(CLOSED, NOT_ACCEPTED, REFERRED, RESOLVED_BEFORE_ACCEPTANCE,
            WITHDRAWN, ABANDONED);

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
