package org.fazhi.indicators;

/** The families annual rule-of-law reports group their figures in (指标类别), following the seeds' chapters. */
public enum IndicatorFamily {
    NORMDOCS("行政规范性文件"),
    DECISIONS("重大行政决策"),
    LEGALITY_REVIEW("合法性审查"),
    LEGAL_ADVISERS("法律顾问与公职律师"),
    ENFORCEMENT("行政执法"),
    ENFORCEMENT_SUPERVISION("行政执法监督"),
    RECONSIDERATION("行政复议"),
    LITIGATION("行政应诉"),
    DISCLOSURE("政府信息公开"),
    MEDIATION("矛盾纠纷调解"),
    PUBLIC_LEGAL_SERVICE("公共法律服务"),
    LEGAL_EDUCATION("普法"),
    LAW_STUDY("学法"),
    GOVERNMENT_SERVICE("政务服务"),
    PROPOSALS("建议提案办理"),
    SUPERVISION("督查督办"),
    TASKS("工作要点落实"),
    REPORTING_ON_LAW("述法"),
    MEETINGS("会议与部署");

    private final String label;

    IndicatorFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
