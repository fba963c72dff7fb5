/**
 * 行政规范性文件 — every normative document (and policy document, 政策性文件) of the county and its units, from 立项 to
 * 清理, in a strict order: 立项 → 起草 (every version kept) → 公开征求意见 (comments tied to the version they read,
 * answered, adoption summary published) → 公平竞争审查 (market-related documents) → 合法性审核 (through the kernel
 * module {@code review}; a failed or missing review blocks deliberation) → 集体审议 → 统一登记、统一编号、统一印发 →
 * 公布 (an unpublished document cannot take effect) → 备案 (to the higher government and to the 人大常委会, each on its
 * own clock and light in the worklist; returned filings corrected; the 备案台账 lists them with an xlsx export) → 实施 →
 * 后评估 → expiry (reminder before the validity ends; the nightly {@link org.fazhi.normdocs.ExpiryJob} stores the end
 * of validity as status 已失效, with a history step and an audit record) → 清理 (campaigns whose results are published
 * as lists and exported). The public library on the portal and the staff search use Lucene with the IK analyzer; the
 * index is rebuilt from the database when missing; hits are counted exactly up to 1,000 ("1000+" above).
 *
 * <p>Rules and periods: 《优化营商环境条例》第六十二条（涉企文件征求意见一般不少于30日）、第六十三条（公平竞争审查、合法性审核）、
 * 第六十四条（未经公布的不得作为行政管理依据）; 国办发〔2018〕37号（制定主体、"不得"清单）、国办发〔2018〕115号（合法性审核）;
 * local 人大常委会备案审查 rules (报备 30 日). Periods the rules digest marks UNCONFIRMED or local — the general comment
 * period (7 个工作日), the filing period with the higher government, the validity period (5 年, 暂行/试行 2 年), the
 * expiry reminder (6 个月) and the re-filing period after a return (10 日) — are settings ({@link
 * org.fazhi.normdocs.NormdocsSettings}) with common practice as default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政规范性文件",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist", "review", "indicators"})
@org.jspecify.annotations.NullMarked
package org.fazhi.normdocs;
