package org.fazhi.reconsideration;

import java.util.Arrays;
import java.util.List;

/**
 * 决定类型: every outcome that ends the review of an accepted case, with its article. {@code corrective} marks the
 * decisions that correct the act (纠错: 变更、撤销、确认违法、责令履行、确认无效), the numerator of 纠错率.
 */
public enum DecisionType {
    VARY("变更", "第六十三条", true, true),
    REVOKE("撤销或者部分撤销", "第六十四条", true, true),
    CONFIRM_ILLEGAL("确认违法", "第六十五条", true, true),
    ORDER_PERFORM("责令履行", "第六十六条", true, true),
    CONFIRM_VOID("确认无效", "第六十七条", true, true),
    UPHOLD("维持", "第六十八条", false, true),
    REJECT_CLAIM("驳回复议请求", "第六十九条", false, true),
    DISMISS_APPLICATION("驳回复议申请", "第三十三条", false, true),
    MEDIATION("调解书", "第七十三条", false, false),
    TERMINATION_SETTLED("和解后终止", "第七十四条、第四十一条第一项", false, false),
    TERMINATION_WITHDRAWN("撤回申请终止", "第四十一条第一项", false, false),
    TERMINATION("终止", "第四十一条", false, false);

    private final String label;
    private final String article;
    private final boolean corrective;
    private final boolean decidable;

    DecisionType(String label, String article, boolean corrective, boolean decidable) {
        this.label = label;
        this.article = article;
        this.corrective = corrective;
        this.decidable = decidable;
    }

    public String label() {
        return label;
    }

    /** The article of 行政复议法 that provides for it. */
    public String article() {
        return article;
    }

    /** Counts as 纠错. */
    public boolean corrective() {
        return corrective;
    }

    /** Chosen on the decision form (the others come from mediation, settlement or termination). */
    public boolean decidable() {
        return decidable;
    }

    static List<DecisionType> formChoices() {
        return Arrays.stream(values()).filter(DecisionType::decidable).toList();
    }
}
