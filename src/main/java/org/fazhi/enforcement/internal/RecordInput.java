package org.fazhi.enforcement.internal;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One enforcement decision as a department's system sends it (执法决定报送数据), or as a spreadsheet row or the entry form
 * produce it. Nothing here is trusted: {@link RecordRules} checks every field.
 *
 * @param body           the enforcement body: its registered name or credit code
 * @param powerCode      the item-list code of the power exercised (事项编码)
 * @param kind           PENALTY/LICENCE/COERCION/INSPECTION or 处罚/许可/强制/检查
 * @param township       the township (乡镇/街道) where the case was handled, by name; optional
 * @param officers       certificate numbers of the officers (执法证号)
 * @param publishedOn    when the sending system already published the decision, that date
 * @param processRecords whole-process record items (全过程记录)
 */
public record RecordInput(@Nullable String body, @Nullable String powerCode, @Nullable String kind,
                          @Nullable String decisionNo, @Nullable LocalDate decisionDate, @Nullable String partyType,
                          @Nullable String partyName, @Nullable String partyCreditCode, @Nullable String partyIdNumber,
                          @Nullable String partyPhone, @Nullable String partyAddress, @Nullable String legalBasis,
                          @Nullable String facts, @Nullable String result, @Nullable BigDecimal fineAmount,
                          @Nullable BigDecimal confiscationAmount, @Nullable String township,
                          @Nullable Boolean reviewRequired, @Nullable Boolean reviewDone, @Nullable String reviewRef,
                          @Nullable LocalDate reviewDate, @Nullable List<String> officers,
                          @Nullable LocalDate publishedOn, @Nullable List<ProcessItem> processRecords) {

    /**
     * A whole-process record item: metadata, hash and where the file is kept (全过程记录).
     *
     * @param stage FILING/INVESTIGATION/REVIEW/DECISION/SERVICE/EXECUTION
     * @param media TEXT/AUDIO/VIDEO
     */
    public record ProcessItem(@Nullable String stage, @Nullable String media, @Nullable String title,
                              java.time.@Nullable OffsetDateTime recordedAt, @Nullable String uri,
                              @Nullable String sha256, @Nullable Long size) {
    }
}
