package org.fazhi.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of Table 三 收到和处理政府信息公开申请情况 of the 2021 uniform format (国办公开办函〔2021〕30号). The result rows
 * （一）–（六） are where a concluded request is counted; {@link #NEW}, {@link #CARRIED_IN}, {@link #TOTAL} and
 * {@link #CARRIED_OUT} are computed. Identity printed in the template: 一 + 二 = 三（七） + 四, for every column.
 */
public enum ReportRow {
    NEW("一、本年新收政府信息公开申请数量", null, false),
    CARRIED_IN("二、上年结转政府信息公开申请数量", null, false),
    OPEN("（一）予以公开", "三、本年度办理结果", true),
    PARTIAL("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、本年度办理结果", true),
    DENY_SECRET("1.属于国家秘密", "（三）不予公开", true),
    DENY_LAW("2.其他法律行政法规禁止公开", "（三）不予公开", true),
    DENY_SECURITY("3.危及“三安全一稳定”", "（三）不予公开", true),
    DENY_THIRD_PARTY("4.保护第三方合法权益", "（三）不予公开", true),
    DENY_INTERNAL("5.属于三类内部事务信息", "（三）不予公开", true),
    DENY_PROCESS("6.属于四类过程性信息", "（三）不予公开", true),
    DENY_CASE_FILE("7.属于行政执法案卷", "（三）不予公开", true),
    DENY_QUERY("8.属于行政查询事项", "（三）不予公开", true),
    UNABLE_NOT_HELD("1.本机关不掌握相关政府信息", "（四）无法提供", true),
    UNABLE_PROCESSING("2.没有现成信息需要另行制作", "（四）无法提供", true),
    UNABLE_UNCLEAR("3.补正后申请内容仍不明确", "（四）无法提供", true),
    NOT_PROCESSED_PETITION("1.信访举报投诉类申请", "（五）不予处理", true),
    NOT_PROCESSED_REPEAT("2.重复申请", "（五）不予处理", true),
    NOT_PROCESSED_PUBLICATION("3.要求提供公开出版物", "（五）不予处理", true),
    NOT_PROCESSED_EXCESSIVE("4.无正当理由大量反复申请", "（五）不予处理", true),
    NOT_PROCESSED_CONFIRM("5.要求行政机关确认或重新出具已获取信息", "（五）不予处理", true),
    OTHER_NOT_CURED("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理", true),
    OTHER_FEE_UNPAID("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理", true),
    OTHER("3.其他", "（六）其他处理", true),
    TOTAL("（七）总计", "三、本年度办理结果", false),
    CARRIED_OUT("四、结转下年度继续办理", null, false);

    private final String label;
    private final String group;
    private final boolean result;

    ReportRow(String label, String group, boolean result) {
        this.label = label;
        this.group = group;
        this.result = result;
    }

    public String label() {
        return label;
    }

    /** The merged heading the row sits under, or {@code null} for the top-level rows. */
    public String group() {
        return group;
    }

    /** Whether a concluded request can be counted in this row. */
    public boolean result() {
        return result;
    }

    /**
     * For the first row of a run of rows under the same merged heading, the number of rows in the run (the heading's
     * rowspan); 0 for the other rows of the run and for rows without a heading.
     */
    public int groupSpan() {
        if (group == null || (ordinal() > 0 && group.equals(values()[ordinal() - 1].group))) {
            return 0;
        }
        int n = 1;
        while (ordinal() + n < values().length && group.equals(values()[ordinal() + n].group)) {
            n++;
        }
        return n;
    }

    public static List<ReportRow> results() {
        return Arrays.stream(values()).filter(ReportRow::result).toList();
    }
}
