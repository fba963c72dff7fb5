package org.fazhi.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the disclosure module ({@code fazhi.disclosure.*}).
 *
 * @param feePaymentWorkingDays the payment period after a fee notice; rules-digest §2e/§12 marks the 109号 wording as
 *                              UNCONFIRMED (recalled as 20 个工作日), so it is configurable
 * @param feePaymentCitation    the basis shown with that period
 */
@ConfigurationProperties("fazhi.disclosure")
public record DisclosureSettings(@DefaultValue("20") int feePaymentWorkingDays,
                                 @DefaultValue("《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；缴费期限按本省规定，默认 20 个工作日")
                                 String feePaymentCitation) {
}
