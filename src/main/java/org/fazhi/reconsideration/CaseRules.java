package org.fazhi.reconsideration;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;

/**
 * The statutory conditions on the steps of a case (程序规则), pure functions so that they can be tested without Spring.
 * Every refusal is a Chinese {@link BusinessException} naming the article.
 */
final class CaseRules {

    /** 延长审理期限最多三十日 (第六十二条第一款). */
    static final int MAX_EXTENSION_DAYS = 30;
    /** 听证通知须在听证五日前送达 (第五十一条第一款; 五日为工作日, 第八十八条第二款). */
    static final int HEARING_NOTICE_WORKING_DAYS = 5;
    /** 中止满六十日可终止 (第四十一条第五项). */
    static final int SUSPENSION_LAPSE_DAYS = 60;

    private CaseRules() {
    }

    /** The outcome of the application-period check (申请期限审查). */
    record PeriodCheck(boolean ok, String text) {
    }

    /**
     * Checks the application against 第二十条 and 第二十一条: 60 日 from knowing of the act (or, when the applicant was not
     * told of the right to apply, at most 1 年 from knowing its content), and never later than 5 年 (不动产 20 年) after
     * the act was done.
     */
    static PeriodCheck applicationPeriod(LocalDate actDate, LocalDate knownOn, boolean informedOfRights,
                                         boolean realProperty, LocalDate receivedOn,
                                         Function<DeadlineRequest, Deadline> compute) {
        if (knownOn.isBefore(actDate)) {
            throw BusinessException.invalid("知道行政行为之日不能早于行政行为作出之日");
        }
        if (receivedOn.isBefore(knownOn)) {
            throw BusinessException.invalid("收到申请之日不能早于申请人知道行政行为之日");
        }
        Deadline bar = compute.apply(DeadlineRequest.of(realProperty ? StatutoryPeriod.RECONSIDERATION_BAR_REAL_PROPERTY
                : StatutoryPeriod.RECONSIDERATION_BAR, actDate));
        if (receivedOn.isAfter(bar.due())) {
            return new PeriodCheck(false, "超过最长申请期限：行政行为作出之日起" + (realProperty ? "二十年" : "五年")
                    + "内提出申请，届满日 " + bar.due() + "（" + bar.citation() + "）");
        }
        Deadline period = compute.apply(DeadlineRequest.of(informedOfRights
                ? StatutoryPeriod.RECONSIDERATION_APPLICATION : StatutoryPeriod.RECONSIDERATION_UNINFORMED_CAP, knownOn));
        if (receivedOn.isAfter(period.due())) {
            return new PeriodCheck(false, "超过申请期限：" + period.period().label() + "届满日 " + period.due()
                    + "（" + period.citation() + "）；如有不可抗力或者其他正当理由耽误，须核实后自障碍消除之日起继续计算（第二十条第二款）");
        }
        return new PeriodCheck(true, "在申请期限内：" + period.period().label() + "届满日 " + period.due() + "（"
                + period.citation() + "）");
    }

    /** The step must be allowed from the current status. */
    static void allowed(CaseAction action, CaseStatus status) {
        if (!action.allowedFrom(status)) {
            throw BusinessException.conflict("案件当前状态为“" + status.label() + "”，不能办理“" + action.label() + "”");
        }
    }

    /** A step's date is required, not in the future and not before the previous step. */
    static LocalDate date(@Nullable LocalDate date, LocalDate today, LocalDate notBefore, String what) {
        if (date == null) {
            throw BusinessException.invalid("请填写" + what);
        }
        if (date.isAfter(today)) {
            throw BusinessException.invalid(what + "不能晚于今天");
        }
        if (date.isBefore(notBefore)) {
            throw BusinessException.invalid(what + "不能早于 " + notBefore);
        }
        return date;
    }

    static String text(@Nullable String value, String what, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw BusinessException.invalid("请填写" + what);
        }
        if (text.length() < min) {
            throw BusinessException.invalid(what + "过于简单，至少 " + min + " 个字");
        }
        if (text.length() > max) {
            throw BusinessException.invalid(what + "不能超过 " + max + " 个字");
        }
        return text;
    }

    /**
     * 延期 (第六十二条第一款): ordinary procedure only, once, at most thirty days, approved by the head of the office, before
     * the decision period has run out.
     */
    static int extension(@Nullable Procedure procedure, int alreadyExtended, @Nullable Integer days,
                         @Nullable String approver, LocalDate on, LocalDate decisionDue) {
        if (procedure != Procedure.ORDINARY) {
            throw BusinessException.conflict("简易程序审理期限不得延长（第六十二条第二款）；确需延长的，应先经批准转为普通程序（第五十五条）");
        }
        if (alreadyExtended > 0) {
            throw BusinessException.conflict("本案已延长审理期限 " + alreadyExtended + " 日，不得再次延长（第六十二条第一款）");
        }
        if (days == null || days < 1 || days > MAX_EXTENSION_DAYS) {
            throw BusinessException.invalid("延长期限须为 1 至 " + MAX_EXTENSION_DAYS + " 日（第六十二条第一款：延长期限最多不得超过三十日）");
        }
        text(approver, "批准延期的行政复议机构负责人", 2, 100);
        if (on.isAfter(decisionDue)) {
            throw BusinessException.conflict("审理期限已于 " + decisionDue + " 届满，不能再延期");
        }
        return days;
    }

    /** 听证通知 (第五十一条第一款): served at least five working days before the hearing. */
    static void hearingNotice(LocalDate servedOn, LocalDate hearingOn, ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween) {
        if (!hearingOn.isAfter(servedOn)) {
            throw BusinessException.invalid("听证日期须晚于听证通知送达之日");
        }
        int between = workingDaysBetween.applyAsInt(servedOn, hearingOn.minusDays(1));
        if (between < HEARING_NOTICE_WORKING_DAYS) {
            throw BusinessException.invalid("听证通知须在听证五日前送达（第五十一条第一款、第八十八条第二款）：" + servedOn + " 送达至 "
                    + hearingOn + " 听证之间只有 " + between + " 个工作日");
        }
    }

    /** 简易程序 (第五十三条): the office records why the case qualifies. */
    static void simpleProcedure(@Nullable String ground) {
        text(ground, "适用简易程序的情形（第五十三条）", 4, 300);
    }

    /** A decision needs its reasons; after a hearing it must rest on the 听证笔录 (第六十一条第二款). */
    static void decision(@Nullable DecisionType type, @Nullable String basis, @Nullable LocalDate copyServedOn,
                         @Nullable LocalDate hearingOn, @Nullable LocalDate hearingHeldOn) {
        if (type == null || !type.decidable()) {
            throw BusinessException.invalid("请选择决定类型（变更、撤销、确认违法、责令履行、确认无效、维持、驳回复议请求或驳回复议申请）");
        }
        text(basis, "决定的事实、理由和依据", 10, 20000);
        if (copyServedOn == null && type != DecisionType.DISMISS_APPLICATION) {
            throw BusinessException.conflict("尚未向被申请人发送申请书副本、听取其答复，不能作出决定（第四十八条、第五十四条）");
        }
        if (hearingOn != null && hearingHeldOn == null) {
            throw BusinessException.conflict("已通知听证但尚未举行听证，经过听证的案件应当根据听证笔录作出决定（第六十一条第二款）");
        }
    }

    /** 第四十一条第五项 needs a suspension on items 1, 2 or 4 of 第三十九条 that has lasted sixty days. */
    static void termination(TerminationGround ground, @Nullable SuspensionGround suspendedFor,
                            @Nullable LocalDate suspendedOn, LocalDate on) {
        if (ground != TerminationGround.SUSPENSION_LAPSED) {
            return;
        }
        if (suspendedFor == null || suspendedOn == null || !suspendedFor.lapsesAfterSixtyDays()) {
            throw BusinessException.conflict("只有依照第三十九条第一款第一项、第二项、第四项中止的案件才能依第四十一条第五项终止");
        }
        if (on.isBefore(suspendedOn.plusDays(SUSPENSION_LAPSE_DAYS))) {
            throw BusinessException.conflict("中止尚未满六十日（" + suspendedOn + " 中止），不能依第四十一条第五项终止");
        }
    }
}
