package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A reconsideration application as registered (行政复议申请登记), the JSON body of
 * {@code POST /api/v1/reconsideration/cases}. Required content follows 第二十二条 and the practice of 2007 实施条例第十九条.
 *
 * @param respondentUnitId 被申请人 (a unit of the county)
 * @param applicants       申请人, at least one
 * @param thirdParties     第三人
 * @param agents           委托代理人 (at most two per applicant, 第十七条)
 * @param request          行政复议请求
 * @param facts            事实和理由
 * @param actType          行政行为类别, e.g. 行政处罚
 * @param actDate          行政行为作出之日
 * @param knownOn          申请人知道或者应当知道该行政行为之日
 * @param informedOfRights 行政机关是否告知了申请复议的权利、复议机关和申请期限; default true
 * @param realProperty     是否涉及不动产
 * @param field            行政管理领域
 * @param amountYuan       涉案金额
 * @param receivedOn       收到申请之日; default today
 * @param electronicServiceConsent 同意电子送达
 */
public record ApplicationDraft(@Nullable Channel channel, @Nullable Long respondentUnitId,
                               @Nullable List<PartyDraft> applicants, @Nullable List<PartyDraft> thirdParties,
                               @Nullable List<PartyDraft> agents, @Nullable String request, @Nullable String facts,
                               @Nullable String actType, @Nullable String actNumber, @Nullable String actTitle,
                               @Nullable LocalDate actDate, @Nullable LocalDate knownOn,
                               @Nullable Boolean informedOfRights, @Nullable Boolean realProperty,
                               @Nullable String field, @Nullable BigDecimal amountYuan, @Nullable LocalDate receivedOn,
                               @Nullable Boolean electronicServiceConsent) {

    /** A party (当事人). {@code kind} is PERSON or ORGANISATION. */
    public record PartyDraft(@Nullable String kind, @Nullable String name, @Nullable String idNumber,
                             @Nullable String phone, @Nullable String address) {
    }
}
