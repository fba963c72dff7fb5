package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reconsideration case as stored (行政复议案件), see {@code recon_case} for the meaning of each column. */
public record ReconCase(long id, String countyCode, long unitId, long officeUnitId, String number, Channel channel,
                        CaseStatus status, @Nullable Procedure procedure, String applicantSummary, String requestText,
                        @Nullable String factsText, String actType, @Nullable String actNumber, String actTitle,
                        LocalDate actDate, LocalDate knownOn, boolean informedOfRights, boolean realProperty,
                        @Nullable String field, @Nullable BigDecimal amountYuan, String periodResult, boolean periodOk,
                        LocalDate receivedOn, LocalDate reviewStartOn, @Nullable LocalDate acceptedOn,
                        boolean deemedAccepted, @Nullable LocalDate copyServedOn, @Nullable LocalDate answerReceivedOn,
                        @Nullable LocalDate hearingOn, @Nullable String hearingPlace, @Nullable LocalDate hearingHeldOn,
                        int extensionDays, @Nullable String extensionApprover, @Nullable DecisionType decisionType,
                        @Nullable LocalDate decidedOn, @Nullable String decisionBasis, @Nullable LocalDate closedOn,
                        @Nullable String outcomeNote, boolean electronicServiceConsent, boolean published,
                        int version) {

    public String statusLabel() {
        return status.label();
    }

    public String procedureLabel() {
        return procedure == null ? "" : procedure.label();
    }

    public String decisionLabel() {
        return decisionType == null ? "" : decisionType.label();
    }
}
