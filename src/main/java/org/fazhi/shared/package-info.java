/**
 * 共享值类型 — value types shared by every module: the {@link org.fazhi.shared.AuditableEvent} contract, the Chinese
 * {@link org.fazhi.shared.BusinessException}, {@link org.fazhi.shared.OneOffJob} and identifiers. No beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享值类型")
package org.fazhi.shared;
