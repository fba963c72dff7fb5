package org.fazhi.disclosure;

/**
 * Why information is not disclosed (不予公开的理由), the sub-rows （三）1–8 of Table 三, with the article that allows it
 * (《中华人民共和国政府信息公开条例》第十四条至第十六条，第三十六条第（七）项).
 */
public enum WithholdGround {
    STATE_SECRET(ReportRow.DENY_SECRET, "属于国家秘密", "第十四条"),
    LAW_FORBIDS(ReportRow.DENY_LAW, "属于法律、行政法规禁止公开的政府信息", "第十四条"),
    SECURITY(ReportRow.DENY_SECURITY, "公开后可能危及国家安全、公共安全、经济安全、社会稳定", "第十四条"),
    THIRD_PARTY(ReportRow.DENY_THIRD_PARTY, "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害", "第十五条"),
    INTERNAL(ReportRow.DENY_INTERNAL, "属于人事管理、后勤管理、内部工作流程等内部事务信息", "第十六条第一款"),
    PROCESS(ReportRow.DENY_PROCESS, "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息", "第十六条第二款"),
    CASE_FILE(ReportRow.DENY_CASE_FILE, "属于行政执法案卷信息", "第十六条第二款"),
    QUERY(ReportRow.DENY_QUERY, "属于工商、不动产登记资料等有关法律、行政法规另有规定的行政查询事项", "第三十六条第（七）项");

    private final ReportRow row;
    private final String label;
    private final String article;

    WithholdGround(ReportRow row, String label, String article) {
        this.row = row;
        this.label = label;
        this.article = article;
    }

    public ReportRow row() {
        return row;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
