/**
 * 行政执法 — the county's enforcement registries, enforcement decisions and their publicity (行政执法三项制度).
 *
 * <p>Registries: 执法主体 (法定机关、法律法规授权组织、受委托组织, with legal basis and scope; 行政处罚法第十七条至第二十一条),
 * 执法人员 and their certificates (持证上岗, 行政处罚法第四十二条: at least two officers with credentials), training hours
 * against the county's yearly minimum (60 学时 by default, configurable), qualification exams; the 执法事项清单 (each power
 * with type, legal basis, holder body and the townships it was delegated to, 行政处罚法第二十四条); 裁量基准 and the lenient
 * lists (不予处罚、从轻、减轻、免予处罚、不予实施行政强制), versioned with effective dates and published (行政处罚法第三十四条).
 *
 * <p>Enforcement records: decisions of 行政处罚、行政许可、行政强制、行政检查 received by an idempotent, all-or-nothing batch API
 * (natural key: body + decision number), by spreadsheet, or entered by hand; officers are checked against certificates
 * valid on the decision date; the 重大执法决定法制审核 flags (行政处罚法第五十八条) and the whole-process record items
 * (行政处罚法第四十七条) are kept with the decision. A decision registered by hand that requires 法制审核 may await it: the
 * clerk submits it to the {@code review} module's queue and the {@code ReviewConcluded} event marks it reviewed
 * (or refused); decisions received from departments' systems carry the department's own review reference. Publicity (国办发〔2018〕118号): 许可 and 处罚 within 7 working days of
 * the decision, other decisions within 20; a changed or revoked decision is taken down within 3 working days with the
 * reason (行政处罚法第四十八条). These clocks go to the worklist; late publication is counted in the 公示及时率.
 *
 * <p>The base package holds the audited events; everything else is internal. Supervision (案卷评查, 投诉举报, 涉企检查,
 * 双随机) links to {@code enf_record.id}, {@code enf_officer.id} and {@code enf_power.id} later without reshaping them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政执法",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist", "indicators", "review"})
@org.jspecify.annotations.NullMarked
package org.fazhi.enforcement;
