package org.fazhi.reconsideration;

/**
 * The official documents of a case (行政复议文书, docs/rules-digest.md §1d), each a document type with its own number
 * series: the county government's 代字 plus the suffix, e.g. 示政复受〔2026〕3号.
 */
public enum DocKind {
    ACCEPTANCE("recon-acceptance", "行政复议受理通知书", "复受"),
    CURE("recon-cure", "行政复议申请补正通知书", "复补"),
    REJECTION("recon-rejection", "不予受理行政复议申请决定书", "复不受"),
    REFERRAL("recon-referral", "行政复议告知书", "复告"),
    ANSWER_NOTICE("recon-answer-notice", "提出行政复议答复通知书", "复答"),
    HEARING("recon-hearing", "行政复议听证通知书", "复听"),
    EXTENSION("recon-extension", "行政复议延期审理通知书", "复延"),
    SUSPENSION("recon-suspension", "行政复议中止审理通知书", "复中"),
    RESUMPTION("recon-resumption", "行政复议恢复审理通知书", "复恢"),
    TERMINATION("recon-termination", "行政复议终止决定书", "复终"),
    DECISION("recon-decision", "行政复议决定书", "复决"),
    MEDIATION("recon-mediation", "行政复议调解书", "复调"),
    OPINION("recon-opinion", "行政复议意见书", "复意");

    private final String code;
    private final String title;
    private final String suffix;

    DocKind(String code, String title, String suffix) {
        this.code = code;
        this.title = title;
        this.suffix = suffix;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    String suffix() {
        return suffix;
    }
}
