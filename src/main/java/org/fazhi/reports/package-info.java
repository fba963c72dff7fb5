/**
 * 年度报告 — the annual rule-of-law report (法治政府建设年度报告) of a unit or of the county.
 *
 * <p>Structure required by 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）: 主要举措和成效; 党政主要负责人履行推进法治建设
 * 第一责任人职责情况; 存在的不足和原因; 下一年度主要安排; 其他需要报告的情况. Staff write the narrative; figures are live
 * references to indicators ({@code {{RECON_APPLICATIONS}}}) rendered into Chinese prose with measure word and
 * precision by the {@code indicators} module. A consistency check (parts against wholes, rates against their counts,
 * year-on-year statements against last year, approximate wording against exact values) runs before submission; each
 * finding names its sentence. Workflow: draft → review → sign-off (签发, figures frozen) → submission upward by 3月1日
 * → publication on the portal by 4月1日 (§6 of the rules digest: 督察规定 Art. 24 for publication), both deadlines on
 * the worklist with lights. Output: a GB/T 9704 docx and a portal page; earlier years stay published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "年度报告",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist", "indicators", "disclosure"})
@org.jspecify.annotations.NullMarked
package org.fazhi.reports;
