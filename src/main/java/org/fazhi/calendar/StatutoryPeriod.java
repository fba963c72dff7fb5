package org.fazhi.calendar;

import static org.fazhi.calendar.PeriodUnit.CALENDAR_DAYS;
import static org.fazhi.calendar.PeriodUnit.MONTHS;
import static org.fazhi.calendar.PeriodUnit.WORKING_DAYS;

/**
 * The statutory periods (法定期间) the platform watches, each with its length, unit, the event it runs from and the
 * article that sets it (docs/rules-digest.md; only rules marked [V] there are encoded). Which "N日" are working days
 * follows C9: 行政复议法 三日/五日/七日/十日 (第八十八条第二款), 行政处罚法 二日/三日/五日/七日 (第八十五条), every period of
 * 行政许可法 (第八十二条) and of 政府信息公开条例 (written as 个工作日); every other period is in calendar days.
 */
public enum StatutoryPeriod {

    // ---- 行政复议法 (2023) ----

    /** 申请行政复议期限: 60 日 from knowing of the act. */
    RECONSIDERATION_APPLICATION("申请行政复议期限", 60, CALENDAR_DAYS, "知道或者应当知道该行政行为",
            "《中华人民共和国行政复议法》第二十条第一款", Extension.NONE, 0),
    /** 受理审查: 5 个工作日 from receipt; expiry without 不予受理 means deemed accepted (视为受理). */
    RECONSIDERATION_ACCEPTANCE_REVIEW("行政复议受理审查期限", 5, WORKING_DAYS, "收到行政复议申请",
            "《中华人民共和国行政复议法》第三十条、第八十八条第二款", Extension.NONE, 0),
    /** 补正通知: notify all defects at once within 5 个工作日 of receipt. */
    RECONSIDERATION_CURE_NOTICE("行政复议补正通知期限", 5, WORKING_DAYS, "收到行政复议申请",
            "《中华人民共和国行政复议法》第三十一条第一款、第八十八条第二款", Extension.NONE, 0),
    /** 申请人补正: 10 个工作日 from receipt of the notice; a reasonable extension may be granted for good reason. */
    RECONSIDERATION_CURE("行政复议申请人补正期限", 10, WORKING_DAYS, "收到补正通知",
            "《中华人民共和国行政复议法》第三十一条第二款、第八十八条第二款", Extension.REASONABLE, 0),
    /** 普通程序发送申请书副本: 7 个工作日 from acceptance. */
    RECONSIDERATION_COPY_TO_RESPONDENT("发送行政复议申请书副本期限（普通程序）", 7, WORKING_DAYS, "受理行政复议申请",
            "《中华人民共和国行政复议法》第四十八条、第八十八条第二款", Extension.NONE, 0),
    /** 被申请人书面答复: 10 个工作日 from receipt of the copy. */
    RECONSIDERATION_RESPONDENT_ANSWER("被申请人提出书面答复期限（普通程序）", 10, WORKING_DAYS,
            "收到申请书副本或者申请笔录复印件", "《中华人民共和国行政复议法》第四十八条、第八十八条第二款", Extension.NONE, 0),
    /** 简易程序发送副本: 3 个工作日 from acceptance. */
    RECONSIDERATION_SIMPLE_COPY("发送行政复议申请书副本期限（简易程序）", 3, WORKING_DAYS, "受理行政复议申请",
            "《中华人民共和国行政复议法》第五十四条、第八十八条第二款", Extension.NONE, 0),
    /** 简易程序答复: 5 个工作日 from receipt of the copy. */
    RECONSIDERATION_SIMPLE_ANSWER("被申请人提出书面答复期限（简易程序）", 5, WORKING_DAYS,
            "收到申请书副本或者申请笔录复印件", "《中华人民共和国行政复议法》第五十四条、第八十八条第二款", Extension.NONE, 0),
    /** 普通程序复议决定: 60 日 from acceptance, complex cases + at most 30 日 with approval. */
    RECONSIDERATION_DECISION("行政复议决定期限（普通程序）", 60, CALENDAR_DAYS, "受理行政复议申请",
            "《中华人民共和国行政复议法》第六十二条第一款", Extension.LIMITED, 30),
    /** 简易程序复议决定: 30 日 from acceptance, no extension. */
    RECONSIDERATION_SIMPLE_DECISION("行政复议决定期限（简易程序）", 30, CALENDAR_DAYS, "受理行政复议申请",
            "《中华人民共和国行政复议法》第六十二条第二款", Extension.NONE, 0),
    /** 附带审查: decide within 30 日 when competent. */
    RECONSIDERATION_INCIDENTAL_REVIEW("规范性文件附带审查处理期限", 30, CALENDAR_DAYS, "收到附带审查申请",
            "《中华人民共和国行政复议法》第五十六条", Extension.NONE, 0),
    /** 行政复议意见书: the addressee reports its corrections within 60 日. */
    RECONSIDERATION_OPINION_FOLLOW_UP("行政复议意见书整改反馈期限", 60, CALENDAR_DAYS, "收到行政复议意见书",
            "《中华人民共和国行政复议法》第七十六条", Extension.NONE, 0),
    /** 复议后起诉: 15 日 from receipt of the decision. */
    LAWSUIT_AFTER_RECONSIDERATION("复议后提起行政诉讼期限", 15, CALENDAR_DAYS, "收到行政复议决定书",
            "《中华人民共和国行政诉讼法》第四十五条", Extension.NONE, 0),
    /** 直接起诉: 6 个月 from knowing of the act. */
    LAWSUIT_DIRECT("直接提起行政诉讼期限", 6, MONTHS, "知道或者应当知道作出行政行为",
            "《中华人民共和国行政诉讼法》第四十六条第一款", Extension.NONE, 0),

    // ---- 政府信息公开条例 (2019) ----

    /** 依申请公开答复: 20 个工作日 from receipt, + at most 20 个工作日 with consent and notice. */
    DISCLOSURE_REPLY("政府信息公开申请答复期限", 20, WORKING_DAYS, "收到政府信息公开申请",
            "《中华人民共和国政府信息公开条例》第三十三条第二款", Extension.LIMITED, 20),
    /** 一次性补正告知: 7 个工作日 from receipt; the reply period restarts from receipt of the cured application. */
    DISCLOSURE_CURE_NOTICE("政府信息公开申请补正告知期限", 7, WORKING_DAYS, "收到政府信息公开申请",
            "《中华人民共和国政府信息公开条例》第三十条", Extension.NONE, 0),
    /** 第三方意见: 15 个工作日 from the third party's receipt of the request. */
    DISCLOSURE_THIRD_PARTY("第三方提出意见期限", 15, WORKING_DAYS, "第三方收到征求意见书",
            "《中华人民共和国政府信息公开条例》第三十二条", Extension.NONE, 0),
    /** 共同制作机关意见: 15 个工作日; silence is deemed consent. */
    DISCLOSURE_CO_MAKER("共同制作机关提出意见期限", 15, WORKING_DAYS, "收到征求意见函",
            "《中华人民共和国政府信息公开条例》第三十四条", Extension.NONE, 0),
    /** 主动公开: 20 个工作日 from when the information is made or changed. */
    DISCLOSURE_PROACTIVE("主动公开政府信息期限", 20, WORKING_DAYS, "该政府信息形成或者变更",
            "《中华人民共和国政府信息公开条例》第二十六条", Extension.NONE, 0),

    // ---- 行政处罚法 (2021) ----

    /** 办案期限: 90 日 from 立案, unless a law, regulation or rule provides otherwise. */
    PENALTY_CASE_HANDLING("行政处罚案件办理期限", 90, CALENDAR_DAYS, "立案",
            "《中华人民共和国行政处罚法》第六十条", Extension.NONE, 0),
    /** 先行登记保存: decide within 7 个工作日. */
    PENALTY_EVIDENCE_PRESERVATION("先行登记保存处理决定期限", 7, WORKING_DAYS, "先行登记保存",
            "《中华人民共和国行政处罚法》第五十六条、第八十五条", Extension.NONE, 0),
    /** 决定书送达: within 7 个工作日 when the party is absent. */
    PENALTY_SERVICE("行政处罚决定书送达期限", 7, WORKING_DAYS, "作出行政处罚决定",
            "《中华人民共和国行政处罚法》第六十一条、第八十五条", Extension.NONE, 0),
    /** 要求听证: within 5 个工作日 of being told of the right. */
    PENALTY_HEARING_REQUEST("当事人要求听证期限", 5, WORKING_DAYS, "被告知听证权利",
            "《中华人民共和国行政处罚法》第六十四条、第八十五条", Extension.NONE, 0),
    /** 缴纳罚款: 15 日 from receipt of the decision. */
    PENALTY_FINE_PAYMENT("缴纳罚款期限", 15, CALENDAR_DAYS, "收到行政处罚决定书",
            "《中华人民共和国行政处罚法》第六十七条", Extension.NONE, 0),
    /** 撤回已公开的决定: within 3 个工作日 after it is changed, annulled or found illegal. */
    PENALTY_PUBLICATION_WITHDRAWAL("撤回已公开行政处罚决定期限", 3, WORKING_DAYS, "行政处罚决定被变更、撤销、确认违法或者确认无效",
            "《中华人民共和国行政处罚法》第四十八条、第八十五条", Extension.NONE, 0),

    // ---- 行政许可法 ----

    /** 许可决定: 20 个工作日 from acceptance, + 10 个工作日 with the head's approval. */
    LICENCE_DECISION("行政许可决定期限", 20, WORKING_DAYS, "受理行政许可申请",
            "《中华人民共和国行政许可法》第四十二条第一款、第八十二条", Extension.LIMITED, 10),
    /** 补正告知: on the spot or within 5 个工作日; no notice means accepted. */
    LICENCE_CURE_NOTICE("行政许可申请补正告知期限", 5, WORKING_DAYS, "收到行政许可申请材料",
            "《中华人民共和国行政许可法》第三十二条、第八十二条", Extension.NONE, 0),

    // ---- 行政规范性文件、重大行政决策 ----

    /** 报本级人大常委会备案: 30 日 from publication (local 人大 rules, e.g. Beijing 2024). */
    NORMDOC_FILING("规范性文件报人大常委会备案期限", 30, CALENDAR_DAYS, "公布规范性文件",
            "地方人大常委会规范性文件备案审查条例（如《北京市各级人民代表大会常务委员会规范性文件备案审查条例》第十一条）",
            Extension.NONE, 0),
    /** 涉企规范性文件公开征求意见: 一般不少于 30 日. */
    NORMDOC_PUBLIC_COMMENT("涉及市场主体的规范性文件征求意见期限（一般不少于）", 30, CALENDAR_DAYS, "公布征求意见稿",
            "《优化营商环境条例》第六十二条", Extension.NONE, 0),
    /** 重大行政决策公开征求意见: 一般不少于 30 日. */
    DECISION_PUBLIC_COMMENT("重大行政决策公开征求意见期限（一般不少于）", 30, CALENDAR_DAYS, "公布决策草案",
            "《重大行政决策程序暂行条例》第十五条第一款", Extension.NONE, 0),
    /** 重大行政决策合法性审查: 一般不少于 7 个工作日. */
    DECISION_LEGALITY_REVIEW("重大行政决策合法性审查时间（一般不少于）", 7, WORKING_DAYS, "送请合法性审查",
            "《重大行政决策程序暂行条例》第二十六条第二款", Extension.NONE, 0),

    // ---- 人大代表建议 ----

    /** 答复代表建议: 3 个月 from assignment; broad or difficult ones within 6 个月. */
    NPC_SUGGESTION_REPLY("人大代表建议答复期限", 3, MONTHS, "交办",
            "《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第五十一条", Extension.LIMITED, 3),

    // ---- 政协提案 ----

    /**
     * 答复政协提案: commonly 3 个月 from assignment, at the latest 6 个月 (digest §9 [S]: local rules that handle 建议
     * and 提案 together; the national 提案工作条例 wording is unconfirmed, so the citation names the local rule).
     */
    CPPCC_PROPOSAL_REPLY("政协提案答复期限", 3, MONTHS, "交办",
            "地方《人大代表建议和政协提案办理工作办法》（通行规定：自交办之日起3个月内办复，最迟不超过6个月；国家《政协全国委员会提案工作条例》的期限表述待核，见规则摘要第9节）",
            Extension.LIMITED, 3);

    /** Whether and how far a period may be extended (延长). */
    public enum Extension {
        /** 法律未规定延长. */
        NONE,
        /** 可延长，但有上限. */
        LIMITED,
        /** 可延长合理期限，法律未规定上限. */
        REASONABLE
    }

    private final String label;
    private final int amount;
    private final PeriodUnit unit;
    private final String startEvent;
    private final String citation;
    private final Extension extension;
    private final int maxExtension;

    StatutoryPeriod(String label, int amount, PeriodUnit unit, String startEvent, String citation,
                    Extension extension, int maxExtension) {
        this.label = label;
        this.amount = amount;
        this.unit = unit;
        this.startEvent = startEvent;
        this.citation = citation;
        this.extension = extension;
        this.maxExtension = maxExtension;
    }

    /** Chinese name of the period. */
    public String label() {
        return label;
    }

    public int amount() {
        return amount;
    }

    public PeriodUnit unit() {
        return unit;
    }

    /** The event the period runs from, as it reads after "自 2025-03-03", e.g. {@code 收到行政复议申请}. */
    public String startEvent() {
        return startEvent;
    }

    /** The article(s) that set the period. */
    public String citation() {
        return citation;
    }

    public Extension extension() {
        return extension;
    }

    /** The longest extension the law allows, in {@link #unit()}; 0 when none or when no limit is set. */
    public int maxExtension() {
        return maxExtension;
    }

    /** {@code 行政复议受理审查期限（5 个工作日）}. */
    public String describe() {
        return label + "（" + unit.format(amount) + "）";
    }
}
