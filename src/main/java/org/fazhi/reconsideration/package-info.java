/**
 * 行政复议与行政应诉 — administrative reconsideration cases under the 2023 《中华人民共和国行政复议法》 and the county's
 * administrative litigation (行政应诉).
 *
 * <p>A case runs from the application (网上、当面、邮寄、转送) through the acceptance review (5 个工作日, 第三十条; deemed
 * accepted when it lapses), one consolidated 补正 notice with the applicant's 10-working-day cure period and a restarted
 * review (第三十一条), 不予受理 or 告知/转送, to the simple (第五十三条、第六十二条第二款, 30 日) or ordinary procedure
 * (第四十八条、第六十二条第一款, 60 日, one extension of at most 30 日 approved by the head of the office), with the
 * respondent's copy and reply clocks, hearings (第五十条、第五十一条), 中止 and 恢复 (第三十九条), 终止 (第四十一条), 调解
 * and 和解 (第五条、第七十三条、第七十四条), decisions of every statutory type (第六十三条至第六十九条), 意见书 with their
 * 60-day feedback (第七十六条) and closure. Every clock is computed by {@code calendar.Deadlines}, stored with its
 * citation and explanation, and published to the worklist; every step writes a timeline entry, an audit event and, where
 * the law calls for one, an official document with its service (送达) record. Steps out of order are refused.
 *
 * <p>Cases are scoped by the respondent unit ({@code recon_case.unit_id}): a department sees the cases against it, the
 * county's 司法局 (county scope) sees them all. Litigation records are scoped by the defendant unit. The module computes
 * its indicators through {@link org.fazhi.indicators.IndicatorSource} and publishes decisions on the portal with personal
 * data removed (第七十九条).
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政复议与应诉",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist", "indicators"})
@org.jspecify.annotations.NullMarked
package org.fazhi.reconsideration;
