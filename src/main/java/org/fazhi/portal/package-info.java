/**
 * 公开门户 — the public portal under {@code /portal}: no login, rate-limited per client address. It publishes what the
 * law requires to be public (行政执法主体名单, 规范性文件制定主体名单 and, as case modules land, the normative-document
 * library, applications for 行政复议 and 政府信息公开 with progress lookup, and the annual reports). Reads other modules'
 * public query APIs; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公开门户")
package org.fazhi.portal;
