package org.fazhi.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * The reply types of 《中华人民共和国政府信息公开条例》第三十条、第三十五条至第三十九条 (答复类型), each with its legal basis and
 * the row of Table 三 it is counted in (rules-digest §2b). Rows marked UNCONFIRMED in the digest (第三十六条第（五）项、
 * 第（七）项) follow the common practice noted there: （四）1 and （三）8.
 */
public enum ReplyType {
    /** 第三十六条第（一）项：已经主动公开的，告知获取的方式和途径. */
    ALREADY_PUBLIC("已主动公开，告知获取方式和途径", "《中华人民共和国政府信息公开条例》第三十六条第（一）项",
            ReportRow.OPEN, false),
    /** 第三十六条第（二）项：可以公开的，向申请人提供或者告知获取方式、途径和时间. */
    DISCLOSED("予以公开", "《中华人民共和国政府信息公开条例》第三十六条第（二）项", ReportRow.OPEN, false),
    /** 第三十七条：区分处理，部分公开（只计入“部分公开”一行）. */
    PARTIAL("部分公开（区分处理）", "《中华人民共和国政府信息公开条例》第三十七条", ReportRow.PARTIAL, true),
    /** 第三十六条第（三）项：不予公开，告知理由（第十四条至第十六条）. */
    WITHHELD("不予公开", "《中华人民共和国政府信息公开条例》第三十六条第（三）项", null, true),
    /** 第三十六条第（四）项：经检索没有所申请公开信息的，告知该政府信息不存在. */
    NOT_HELD("本机关不掌握相关政府信息（信息不存在）", "《中华人民共和国政府信息公开条例》第三十六条第（四）项",
            ReportRow.UNABLE_NOT_HELD, false),
    /** 第三十六条第（五）项：不属于本机关负责公开的，告知并说明理由；能确定负责机关的，告知名称和联系方式. */
    NOT_THIS_AGENCY("不属于本机关负责公开", "《中华人民共和国政府信息公开条例》第三十六条第（五）项",
            ReportRow.UNABLE_NOT_HELD, false),
    /** 第三十八条：需要加工、分析的，可以不予提供. */
    NEEDS_PROCESSING("没有现成信息，需要另行制作", "《中华人民共和国政府信息公开条例》第三十八条",
            ReportRow.UNABLE_PROCESSING, false),
    /** 第三十条：补正后申请内容仍不明确. */
    STILL_UNCLEAR("补正后申请内容仍不明确", "《中华人民共和国政府信息公开条例》第三十条", ReportRow.UNABLE_UNCLEAR, false),
    /** 第三十九条第一款：以申请政府信息公开名义进行信访、投诉、举报等活动. */
    PETITION("信访举报投诉类申请，不作为政府信息公开申请处理", "《中华人民共和国政府信息公开条例》第三十九条第一款",
            ReportRow.NOT_PROCESSED_PETITION, false),
    /** 第三十六条第（六）项：重复申请，不予重复处理. */
    REPEAT("重复申请，不予重复处理", "《中华人民共和国政府信息公开条例》第三十六条第（六）项",
            ReportRow.NOT_PROCESSED_REPEAT, false),
    /** 第三十九条第二款：要求提供公开出版物的，可以告知获取的途径. */
    PUBLICATION("要求提供公开出版物", "《中华人民共和国政府信息公开条例》第三十九条第二款",
            ReportRow.NOT_PROCESSED_PUBLICATION, false),
    /** 第三十五条：无正当理由大量、频繁申请，不予处理. */
    EXCESSIVE("无正当理由大量反复申请，不予处理", "《中华人民共和国政府信息公开条例》第三十五条",
            ReportRow.NOT_PROCESSED_EXCESSIVE, false),
    /** 要求行政机关确认或者重新出具已获取信息：不属于第二条所称政府信息公开申请. */
    CONFIRM_OR_REISSUE("要求确认或重新出具已获取信息", "《中华人民共和国政府信息公开条例》第二条、第二十七条",
            ReportRow.NOT_PROCESSED_CONFIRM, false),
    /** 第三十六条第（七）项：法律、行政法规对信息的获取有特别规定的，告知按照有关规定办理. */
    SPECIAL_REGIME("属于行政查询事项，按照有关法律、行政法规办理", "《中华人民共和国政府信息公开条例》第三十六条第（七）项",
            ReportRow.DENY_QUERY, false);

    private final String label;
    private final String basis;
    private final @Nullable ReportRow row;
    private final boolean withholds;

    ReplyType(String label, String basis, @Nullable ReportRow row, boolean withholds) {
        this.label = label;
        this.basis = basis;
        this.row = row;
        this.withholds = withholds;
    }

    public String label() {
        return label;
    }

    /** The article the reply rests on, proposed as the legal basis of the letter. */
    public String basis() {
        return basis;
    }

    /** Whether the reply withholds information (不予公开, wholly or in part): needs grounds, and remedy = 复议前置. */
    public boolean withholds() {
        return withholds;
    }

    /**
     * The Table 三 row of a reply of this type; a wholly withheld reply is counted by its (first) ground, （三）1–8.
     */
    public ReportRow row(@Nullable WithholdGround ground) {
        if (row != null) {
            return row;
        }
        if (ground == null) {
            throw new IllegalArgumentException("a 不予公开 reply needs its ground");
        }
        return ground.row();
    }
}
