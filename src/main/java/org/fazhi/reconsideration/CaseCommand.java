package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The input of one step (办理环节的填报内容). Which fields a step needs is checked by {@link CaseRules}; the rest are
 * ignored.
 *
 * @param date          the day the step happened: for steps that serve a document, the day the recipient received it
 * @param procedure     审理程序 chosen at acceptance
 * @param reason        the main text: 补正事项、不予受理理由、中止/终止事由说明、调解协议、决定理由和依据、意见内容、答复要点
 * @param competentBody 有权处理的机关 (告知/转送)
 * @param decisionType  决定类型
 * @param approver      批准人 (延期、转普通程序须经机构负责人批准)
 * @param days          延长日数
 * @param hearingOn     听证日期
 * @param place         听证地点
 * @param ground        中止/终止事由 (第三十九条、第四十一条 item number)
 * @param serviceMethod how the step's document was served
 * @param proof         送达凭证
 * @param members       委员会参加人员及专家
 */
public record CaseCommand(@Nullable LocalDate date, @Nullable Procedure procedure, @Nullable String reason,
                          @Nullable String competentBody, @Nullable DecisionType decisionType,
                          @Nullable String approver, @Nullable Integer days, @Nullable LocalDate hearingOn,
                          @Nullable String place, @Nullable String ground, @Nullable ServiceMethod serviceMethod,
                          @Nullable String proof, @Nullable String members) {

    public static CaseCommand on(LocalDate date) {
        return new CaseCommand(date, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public CaseCommand withProcedure(Procedure p) {
        return new CaseCommand(date, p, reason, competentBody, decisionType, approver, days, hearingOn, place, ground,
                serviceMethod, proof, members);
    }

    public CaseCommand withReason(String r) {
        return new CaseCommand(date, procedure, r, competentBody, decisionType, approver, days, hearingOn, place, ground,
                serviceMethod, proof, members);
    }

    public CaseCommand withDecision(DecisionType type) {
        return new CaseCommand(date, procedure, reason, competentBody, type, approver, days, hearingOn, place, ground,
                serviceMethod, proof, members);
    }

    public CaseCommand withApproval(String by, @Nullable Integer extra) {
        return new CaseCommand(date, procedure, reason, competentBody, decisionType, by, extra, hearingOn, place, ground,
                serviceMethod, proof, members);
    }

    public CaseCommand withHearing(LocalDate on, String where) {
        return new CaseCommand(date, procedure, reason, competentBody, decisionType, approver, days, on, where, ground,
                serviceMethod, proof, members);
    }

    public CaseCommand withGround(String g) {
        return new CaseCommand(date, procedure, reason, competentBody, decisionType, approver, days, hearingOn, place, g,
                serviceMethod, proof, members);
    }

    public CaseCommand withBody(String body) {
        return new CaseCommand(date, procedure, reason, body, decisionType, approver, days, hearingOn, place, ground,
                serviceMethod, proof, members);
    }

    public CaseCommand withService(ServiceMethod method, String evidence) {
        return new CaseCommand(date, procedure, reason, competentBody, decisionType, approver, days, hearingOn, place,
                ground, method, evidence, members);
    }

    public CaseCommand withMembers(String m) {
        return new CaseCommand(date, procedure, reason, competentBody, decisionType, approver, days, hearingOn, place,
                ground, serviceMethod, proof, m);
    }
}
