/**
 * 组织机构与用户 — regions (行政区划), the unit tree, people, accounts, roles and permissions, and the data scopes of
 * DESIGN §5 ({@link org.fazhi.org.ScopeFilter}), applied in SQL by every module. Also sign-in: form login with lockout,
 * API tokens, and the first-start creation of the county and its {@code admin} account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构与用户", allowedDependencies = "shared")
package org.fazhi.org;
