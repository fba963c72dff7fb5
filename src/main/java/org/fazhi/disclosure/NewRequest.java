package org.fazhi.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an application contains (申请内容, 《中华人民共和国政府信息公开条例》第二十九条): the applicant's name and identity
 * and contact details, a description of the information, and the form and channel wanted; plus how it arrived.
 *
 * @param channelDate the day of submission, signature or confirmation that fixes the receipt date (第三十一条);
 *                    {@code null} for an online application not yet confirmed
 */
public record NewRequest(@Nullable Long unitId, @Nullable Channel channel, @Nullable LocalDate channelDate,
                         @Nullable ApplicantType applicantType, @Nullable String applicantName, @Nullable String idType,
                         @Nullable String idNumber, @Nullable String contactPerson, @Nullable String phone,
                         @Nullable String email, @Nullable String address, @Nullable String description,
                         @Nullable String formWanted, @Nullable String deliveryWanted) {
}
