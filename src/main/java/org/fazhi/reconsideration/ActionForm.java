package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form of one step on the case page (办理表单), bound to a {@link CaseCommand}. */
public class ActionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date;
    private @Nullable Procedure procedure;
    private @Nullable String reason;
    private @Nullable String competentBody;
    private @Nullable DecisionType decisionType;
    private @Nullable String approver;
    private @Nullable Integer days;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate hearingOn;
    private @Nullable String place;
    private @Nullable String ground;
    private @Nullable ServiceMethod serviceMethod;
    private @Nullable String proof;
    private @Nullable String members;
    private java.util.@Nullable List<Long> memberIds;

    CaseCommand toCommand() {
        return new CaseCommand(date, procedure, reason, competentBody, decisionType, approver, days, hearingOn, place,
                ground == null || ground.isBlank() ? null : ground, serviceMethod, proof, members);
    }

    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate v) { this.date = v; }
    public @Nullable Procedure getProcedure() { return procedure; }
    public void setProcedure(@Nullable Procedure v) { this.procedure = v; }
    public @Nullable String getReason() { return reason; }
    public void setReason(@Nullable String v) { this.reason = v; }
    public @Nullable String getCompetentBody() { return competentBody; }
    public void setCompetentBody(@Nullable String v) { this.competentBody = v; }
    public @Nullable DecisionType getDecisionType() { return decisionType; }
    public void setDecisionType(@Nullable DecisionType v) { this.decisionType = v; }
    public @Nullable String getApprover() { return approver; }
    public void setApprover(@Nullable String v) { this.approver = v; }
    public @Nullable Integer getDays() { return days; }
    public void setDays(@Nullable Integer v) { this.days = v; }
    public @Nullable LocalDate getHearingOn() { return hearingOn; }
    public void setHearingOn(@Nullable LocalDate v) { this.hearingOn = v; }
    public @Nullable String getPlace() { return place; }
    public void setPlace(@Nullable String v) { this.place = v; }
    public @Nullable String getGround() { return ground; }
    public void setGround(@Nullable String v) { this.ground = v; }
    public @Nullable ServiceMethod getServiceMethod() { return serviceMethod; }
    public void setServiceMethod(@Nullable ServiceMethod v) { this.serviceMethod = v; }
    public @Nullable String getProof() { return proof; }
    public void setProof(@Nullable String v) { this.proof = v; }
    public java.util.@Nullable List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(java.util.@Nullable List<Long> v) { this.memberIds = v; }
    public @Nullable String getMembers() { return members; }
    public void setMembers(@Nullable String v) { this.members = v; }
}
