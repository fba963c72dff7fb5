/**
 * 全过程记录 — the append-only, SM3 hash-chained audit log of every state change, login, export and permission change
 * (DESIGN §5 "Audit", §7).
 *
 * <p>Every {@link org.fazhi.shared.AuditableEvent} published anywhere is stored by a synchronous listener in the
 * publisher's own transaction, so a change that commits always has its entry and a change that rolls back leaves none;
 * the entries are chained when that transaction commits, so the county's chain head is locked for the commit only.
 * {@link org.fazhi.audit.AuditTrail} records explicit entries. Each county's entries form one chain
 * ({@code hash = SM3(prev_hash ‖ canonical JSON)}), which {@link org.fazhi.audit.AuditVerifier} walks to prove that
 * nothing was altered, removed or reordered, naming the first broken entry otherwise. The module listens to the shared
 * event contract only and is never called by name from the modules whose events it stores.
 *
 * <p>Legal basis: 《中华人民共和国行政处罚法》第四十七条 (行政执法全过程记录, traceable records of every step);
 * 《中华人民共和国网络安全法》第二十一条第三项 (network logs kept for no less than six months); GB/T 22239-2019
 * 网络安全等级保护基本要求 "安全审计" (audit records protected against unexpected deletion, modification or overwriting);
 * the hash is SM3 of GB/T 32905-2016 as 《中华人民共和国密码法》 expects for commercial cryptography in government systems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "全过程记录", allowedDependencies = {"shared", "org"})
@org.jspecify.annotations.NullMarked
package org.fazhi.audit;
