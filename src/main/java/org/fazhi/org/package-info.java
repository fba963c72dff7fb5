/**
 * 组织机构与用户 — regions (行政区划), the unit tree (县政府、部门、乡镇街道、村社区、派出机构、事业单位、内设机构, with the
 * flags 行政执法主体, 规范性文件制定主体 and 行政复议机关), people, accounts, roles and permissions, and the data scopes of
 * DESIGN §5 ({@link org.fazhi.org.ScopeFilter}), applied in SQL by every module. Also sign-in: form login with lockout,
 * API tokens, the 图形验证码 of public forms ({@link org.fazhi.org.Captchas}), and establishing counties ({@link org.fazhi.org.Counties}: the configured one on first start with its
 * {@code admin} account, further ones of a province deployment with {@code add-county}).
 *
 * <p>The base package is the API other modules use ({@link org.fazhi.org.CurrentUser}, {@link org.fazhi.org.OrgDirectory},
 * the code checks {@link org.fazhi.org.IdNumbers} and {@link org.fazhi.org.CreditCodes}, and the audited events); the
 * sub-packages {@code units}, {@code people}, {@code access}, {@code imports}, {@code demo} and {@code web} hold the
 * administration pages, the spreadsheet import and the demo county, and are internal to the module.
 *
 * <p>Legal basis: who may decide reconsideration cases follows 《中华人民共和国行政复议法》第二十四条; who may enforce follows
 * 《中华人民共和国行政处罚法》第十七条、第十九条; normative documents may not be issued in the name of an internal office
 * (国办发〔2018〕37号). Identity numbers are checked under GB 11643-1999 and credit codes under GB 32100-2015; they and
 * mobile numbers are personal information masked unless the reader holds {@code org:person:pii}
 * (《中华人民共和国个人信息保护法》第五十一条：采取加密、去标识化等安全技术措施).
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构与用户", allowedDependencies = "shared")
package org.fazhi.org;
