package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registration form of the staff page and the portal (申请登记表): one applicant, optionally a third party and an
 * agent. Turned into an {@link ApplicationDraft}.
 */
public class RegistrationForm {

    private Channel channel = Channel.IN_PERSON;
    private @Nullable Long respondentUnitId;
    private String applicantKind = "PERSON";
    private @Nullable String applicantName;
    private @Nullable String applicantIdNumber;
    private @Nullable String applicantPhone;
    private @Nullable String applicantAddress;
    private @Nullable String thirdPartyName;
    private @Nullable String agentName;
    private @Nullable String agentPhone;
    private @Nullable String request;
    private @Nullable String facts;
    private @Nullable String actType;
    private @Nullable String actNumber;
    private @Nullable String actTitle;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate actDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate knownOn;
    private boolean informedOfRights = true;
    private boolean realProperty;
    private @Nullable String field;
    private @Nullable BigDecimal amountYuan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate receivedOn;
    private boolean electronicServiceConsent;

    ApplicationDraft toDraft() {
        List<ApplicationDraft.PartyDraft> thirdParties = new ArrayList<>();
        if (thirdPartyName != null && !thirdPartyName.isBlank()) {
            thirdParties.add(new ApplicationDraft.PartyDraft("PERSON", thirdPartyName, null, null, null));
        }
        List<ApplicationDraft.PartyDraft> agents = new ArrayList<>();
        if (agentName != null && !agentName.isBlank()) {
            agents.add(new ApplicationDraft.PartyDraft("PERSON", agentName, null, agentPhone, null));
        }
        List<ApplicationDraft.PartyDraft> applicants = applicantName == null || applicantName.isBlank() ? List.of()
                : List.of(new ApplicationDraft.PartyDraft(applicantKind, applicantName, applicantIdNumber,
                applicantPhone, applicantAddress));
        return new ApplicationDraft(channel, respondentUnitId, applicants, thirdParties, agents, request, facts,
                actType, actNumber, actTitle, actDate, knownOn, informedOfRights, realProperty, field, amountYuan,
                receivedOn, electronicServiceConsent);
    }

    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public @Nullable Long getRespondentUnitId() { return respondentUnitId; }
    public void setRespondentUnitId(@Nullable Long v) { this.respondentUnitId = v; }
    public String getApplicantKind() { return applicantKind; }
    public void setApplicantKind(String v) { this.applicantKind = v; }
    public @Nullable String getApplicantName() { return applicantName; }
    public void setApplicantName(@Nullable String v) { this.applicantName = v; }
    public @Nullable String getApplicantIdNumber() { return applicantIdNumber; }
    public void setApplicantIdNumber(@Nullable String v) { this.applicantIdNumber = v; }
    public @Nullable String getApplicantPhone() { return applicantPhone; }
    public void setApplicantPhone(@Nullable String v) { this.applicantPhone = v; }
    public @Nullable String getApplicantAddress() { return applicantAddress; }
    public void setApplicantAddress(@Nullable String v) { this.applicantAddress = v; }
    public @Nullable String getThirdPartyName() { return thirdPartyName; }
    public void setThirdPartyName(@Nullable String v) { this.thirdPartyName = v; }
    public @Nullable String getAgentName() { return agentName; }
    public void setAgentName(@Nullable String v) { this.agentName = v; }
    public @Nullable String getAgentPhone() { return agentPhone; }
    public void setAgentPhone(@Nullable String v) { this.agentPhone = v; }
    public @Nullable String getRequest() { return request; }
    public void setRequest(@Nullable String v) { this.request = v; }
    public @Nullable String getFacts() { return facts; }
    public void setFacts(@Nullable String v) { this.facts = v; }
    public @Nullable String getActType() { return actType; }
    public void setActType(@Nullable String v) { this.actType = v; }
    public @Nullable String getActNumber() { return actNumber; }
    public void setActNumber(@Nullable String v) { this.actNumber = v; }
    public @Nullable String getActTitle() { return actTitle; }
    public void setActTitle(@Nullable String v) { this.actTitle = v; }
    public @Nullable LocalDate getActDate() { return actDate; }
    public void setActDate(@Nullable LocalDate v) { this.actDate = v; }
    public @Nullable LocalDate getKnownOn() { return knownOn; }
    public void setKnownOn(@Nullable LocalDate v) { this.knownOn = v; }
    public boolean isInformedOfRights() { return informedOfRights; }
    public void setInformedOfRights(boolean v) { this.informedOfRights = v; }
    public boolean isRealProperty() { return realProperty; }
    public void setRealProperty(boolean v) { this.realProperty = v; }
    public @Nullable String getField() { return field; }
    public void setField(@Nullable String v) { this.field = v; }
    public @Nullable BigDecimal getAmountYuan() { return amountYuan; }
    public void setAmountYuan(@Nullable BigDecimal v) { this.amountYuan = v; }
    public @Nullable LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(@Nullable LocalDate v) { this.receivedOn = v; }
    public boolean isElectronicServiceConsent() { return electronicServiceConsent; }
    public void setElectronicServiceConsent(boolean v) { this.electronicServiceConsent = v; }
}
