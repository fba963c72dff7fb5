/**
 * 平台 — the platform shell that sits on top of the kernel: the database (embedded or external PostgreSQL), the
 * clock, the web layout and home page, API error handling and the command-line one-off jobs. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台")
package org.fazhi.platform;
