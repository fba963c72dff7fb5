package org.fazhi.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure request (政府信息公开申请) as stored: who asked for what through which channel, where it stands, its clocks
 * and, once concluded, its reply and Table 三 row. Identity data ({@code idNumber}, {@code phone}) is masked for users
 * without {@code disclosure:request:pii} by {@link Pii}.
 */
public record DisclosureRequest(long id, String countyCode, long unitId, String number, Channel channel,
                                @Nullable LocalDate channelDate, @Nullable LocalDate receivedOn,
                                @Nullable LocalDate clockStart, ApplicantType applicantType, String applicantName,
                                @Nullable String idType, @Nullable String idNumber, @Nullable String contactPerson,
                                @Nullable String phone, @Nullable String email, @Nullable String address,
                                String description, String formWanted, String deliveryWanted, RequestStatus status,
                                @Nullable LocalDate replyDue, int extensionDays, @Nullable String extensionApprover,
                                @Nullable LocalDate extensionApprovedOn, @Nullable String extensionReason,
                                @Nullable LocalDate extensionNotifiedOn, @Nullable LocalDate cureNoticeOn,
                                @Nullable String cureItems, @Nullable LocalDate cureDue, @Nullable LocalDate curedOn,
                                boolean excessive, @Nullable LocalDate excessiveReasonsAskedOn,
                                @Nullable String excessiveNote, @Nullable LocalDate delayedDue,
                                @Nullable ReplyType replyType, @Nullable String withholdGrounds,
                                @Nullable String legalBasis, @Nullable String replyText,
                                @Nullable String withheldReasons, @Nullable String repeatOf,
                                @Nullable ReportRow reportRow, @Nullable LocalDate concludedOn,
                                @Nullable String closingNote, int version) {

    public boolean concluded() {
        return status.concluded();
    }

    /** 获取信息的形式 in Chinese. */
    public String formLabel() {
        return "PAPER".equals(formWanted) ? "纸质" : "电子";
    }

    /** 获取信息的方式 in Chinese. */
    public String deliveryLabel() {
        return switch (deliveryWanted) {
            case "POST" -> "邮寄";
            case "EMAIL" -> "电子邮件";
            case "PICKUP" -> "当面领取";
            default -> "网上获取";
        };
    }
}
