/**
 * 工作要点与督办 — annual rule-of-law work plans (法治政府建设年度工作要点) broken into parts and numbered tasks, and one
 * supervision engine (督办) for every assigned matter: plan tasks, leaders' instructions (领导批示件), deputies'
 * suggestions (人大代表建议), CPPCC proposals (政协提案), rectification of problems found by 督察/考核/巡察 and kinds a
 * county defines.
 *
 * <p>A plan is imported from its published text (pasted or docx): parts, tasks, 牵头单位 and 责任单位 matched to the
 * unit tree, collective phrases (各乡镇, 各部门, 各行政执法部门) expanded, and dated requirements and targets proposed for
 * confirmation — never silently assumed. Each task becomes a supervision item ({@code task_item}) assigned to its lead
 * (主办/牵头) and co-handling (协办/责任) units, who accept it, report progress with attachments, ask for extension or
 * pause, and apply for completion (办结申请), which the supervisor accepts or returns.
 *
 * <p>Deadlines: plan tasks carry the dates the plan names (e.g. 3月1日前 report and 4月1日前 publication, 法治政府建设与责任
 * 落实督察工作规定); 人大代表建议 are answered within 3 months of assignment, broad or difficult ones within 6 months
 * (代表法第五十一条, {@code StatutoryPeriod.NPC_SUGGESTION_REPLY}); 政协提案 within 3, at the latest 6 months (local rules,
 * {@code StatutoryPeriod.CPPCC_PROPOSAL_REPLY}). Every open deadline is on the worklist (DeadlineSet/DeadlineCleared)
 * with its lights; every state change is an audit event. A unit sees the items assigned to it and its lower units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作要点与督办",
        allowedDependencies = {"shared", "org", "calendar", "audit", "files", "worklist", "indicators"})
@org.jspecify.annotations.NullMarked
package org.fazhi.tasks;
