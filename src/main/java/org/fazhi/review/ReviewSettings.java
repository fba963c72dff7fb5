package org.fazhi.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Review settings ({@code fazhi.review.*}). The review period is local practice, not national law: the rules digest
 * marks the 国办发〔2018〕115号 wording "原则上不少于5个工作日，最长不超过15个工作日" as UNCONFIRMED and finds local rules of
 * 5 and 15 working days, so it is a setting whose default is the common maximum of 15 working days.
 *
 * @param periodWorkingDays    审查期限 in working days from the day after complete materials arrive (default 15)
 * @param periodCitation       the basis shown with the deadline; set it to the province's own rule
 * @param reviewingUnitPattern SQL LIKE pattern naming the county's review body (default {@code %司法局})
 */
@ConfigurationProperties("fazhi.review")
public record ReviewSettings(Integer periodWorkingDays, String periodCitation, String reviewingUnitPattern) {

    public ReviewSettings {
        periodWorkingDays = periodWorkingDays == null || periodWorkingDays <= 0 ? 15 : periodWorkingDays;
        periodCitation = periodCitation == null || periodCitation.isBlank()
                ? "国办发〔2018〕115号（合法性审核时间原则上不少于5个工作日，最长不超过15个工作日；本地规定不同的按本地规定配置）"
                : periodCitation;
        reviewingUnitPattern = reviewingUnitPattern == null || reviewingUnitPattern.isBlank() ? "%司法局"
                : reviewingUnitPattern;
    }
}
