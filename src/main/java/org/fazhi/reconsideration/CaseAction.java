package org.fazhi.reconsideration;

import java.util.EnumSet;
import java.util.Set;

import static org.fazhi.reconsideration.CaseStatus.CURING;
import static org.fazhi.reconsideration.CaseStatus.DECIDED;
import static org.fazhi.reconsideration.CaseStatus.IN_REVIEW;
import static org.fazhi.reconsideration.CaseStatus.RECEIVED;
import static org.fazhi.reconsideration.CaseStatus.SUSPENDED;
import static org.fazhi.reconsideration.CaseStatus.CLOSED;

/**
 * The steps of a case (办理环节), each allowed only from the statuses listed; finer conditions (once only, within a
 * period, after another step) are checked by {@link CaseRules}. {@code respondent} marks steps the respondent unit
 * takes itself (答复、整改反馈).
 */
public enum CaseAction {
    REQUEST_CURE("补正通知", EnumSet.of(RECEIVED), false),
    CURE_RECEIVED("收到补正材料", EnumSet.of(CURING), false),
    CURE_LAPSED("逾期未补正（视为放弃）", EnumSet.of(CURING), false),
    ACCEPT("受理", EnumSet.of(RECEIVED), false),
    DEEM_ACCEPTED("视为受理", EnumSet.of(RECEIVED), false),
    REJECT("不予受理", EnumSet.of(RECEIVED), false),
    REFER("告知或转送", EnumSet.of(RECEIVED), false),
    RESOLVE_BEFORE_ACCEPTANCE("受理前化解", EnumSet.of(RECEIVED, CURING), false),
    WITHDRAW("申请人撤回申请", EnumSet.of(RECEIVED, CURING, IN_REVIEW, SUSPENDED), false),
    SEND_COPY("发送申请书副本并通知答复", EnumSet.of(IN_REVIEW), false),
    RECORD_ANSWER("收到书面答复", EnumSet.of(IN_REVIEW), true),
    CONVERT_TO_ORDINARY("转为普通程序", EnumSet.of(IN_REVIEW), false),
    SCHEDULE_HEARING("听证通知", EnumSet.of(IN_REVIEW), false),
    HOLD_HEARING("举行听证", EnumSet.of(IN_REVIEW), false),
    CONSULT_COMMITTEE("提请行政复议委员会咨询", EnumSet.of(IN_REVIEW), false),
    EXTEND("延期审理", EnumSet.of(IN_REVIEW), false),
    SUSPEND("中止审理", EnumSet.of(IN_REVIEW), false),
    RESUME("恢复审理", EnumSet.of(SUSPENDED), false),
    MEDIATE("调解（制作调解书）", EnumSet.of(IN_REVIEW, SUSPENDED), false),
    SETTLE("和解（撤回申请并终止）", EnumSet.of(IN_REVIEW, SUSPENDED), false),
    TERMINATE("终止审理", EnumSet.of(IN_REVIEW, SUSPENDED), false),
    DECIDE("作出行政复议决定", EnumSet.of(IN_REVIEW), false),
    ISSUE_OPINION("制发行政复议意见书", EnumSet.of(DECIDED, CLOSED), false),
    CLOSE("结案", EnumSet.of(DECIDED), false);

    private final String label;
    private final Set<CaseStatus> from;
    private final boolean respondent;

    CaseAction(String label, Set<CaseStatus> from, boolean respondent) {
        this.label = label;
        this.from = from;
        this.respondent = respondent;
    }

    public String label() {
        return label;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    /** A step the respondent unit may take (with {@code reconsideration:case:respond}). */
    public boolean respondent() {
        return respondent;
    }

    /**
     * The form fields the step needs on the case page ({@code date}, {@code procedure}, {@code reason}, {@code body},
     * {@code decision}, {@code approver}, {@code days}, {@code hearing}, {@code suspension}, {@code termination},
     * {@code service}, {@code members}).
     */
    public boolean needs(String field) {
        String fields = switch (this) {
            case REQUEST_CURE -> "date reason service";
            case CURE_RECEIVED, CURE_LAPSED, RESOLVE_BEFORE_ACCEPTANCE, RECORD_ANSWER, HOLD_HEARING -> "date reason";
            case ACCEPT -> "date procedure reason service";
            case DEEM_ACCEPTED -> "procedure reason service";
            case REJECT, WITHDRAW, MEDIATE, SETTLE, ISSUE_OPINION -> "date reason service";
            case REFER -> "date body reason service";
            case SEND_COPY, RESUME -> "date service";
            case CONVERT_TO_ORDINARY -> "date approver";
            case SCHEDULE_HEARING -> "date hearing service";
            case CONSULT_COMMITTEE -> "date members reason";
            case EXTEND -> "date approver days service";
            case SUSPEND -> "date suspension reason service";
            case TERMINATE -> "date termination reason service";
            case DECIDE -> "date decision reason service";
            case CLOSE -> "date";
        };
        return (" " + fields + " ").contains(" " + field + " ");
    }

    /** What the date of the step means. */
    public String dateLabel() {
        return switch (this) {
            case REQUEST_CURE -> "补正通知送达申请人之日";
            case CURE_RECEIVED -> "收到补正材料之日";
            case ACCEPT -> "受理之日";
            case SEND_COPY -> "被申请人收到申请书副本之日";
            case RECORD_ANSWER -> "收到书面答复之日";
            case SCHEDULE_HEARING -> "听证通知送达之日";
            case HOLD_HEARING -> "听证举行之日";
            case DECIDE -> "决定书送达申请人之日";
            case MEDIATE -> "调解书生效之日";
            case ISSUE_OPINION -> "意见书送达之日";
            default -> "办理日期";
        };
    }

    /** What the main text of the step is. */
    public String reasonLabel() {
        return switch (this) {
            case REQUEST_CURE -> "需要补正的事项（一次性载明）";
            case CURE_RECEIVED -> "逾期补正的正当理由（未逾期可不填）";
            case CURE_LAPSED -> "认定情况";
            case ACCEPT, DEEM_ACCEPTED -> "适用简易程序的情形（适用普通程序可不填）";
            case REJECT -> "不予受理的理由";
            case REFER -> "告知或转送的理由";
            case RESOLVE_BEFORE_ACCEPTANCE -> "受理前化解情况";
            case WITHDRAW -> "撤回申请的情况";
            case RECORD_ANSWER -> "答复要点（可不填）";
            case HOLD_HEARING -> "听证笔录要点";
            case CONSULT_COMMITTEE -> "咨询意见";
            case SUSPEND -> "中止情况说明（可不填）";
            case MEDIATE -> "调解协议内容";
            case SETTLE -> "和解协议内容";
            case TERMINATE -> "终止情况说明（可不填）";
            case DECIDE -> "认定的事实、理由和依据";
            case ISSUE_OPINION -> "意见内容";
            default -> "说明";
        };
    }

    /** The URL form of the action, e.g. {@code request-cure}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    static CaseAction fromSlug(String slug) {
        for (CaseAction action : values()) {
            if (action.slug().equals(slug) || action.name().equals(slug)) {
                return action;
            }
        }
        throw org.fazhi.shared.BusinessException.notFound("没有“" + slug + "”这一办理环节");
    }
}
