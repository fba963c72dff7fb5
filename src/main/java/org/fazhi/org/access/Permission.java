package org.fazhi.org.access;

/** A permission that roles can grant (权限目录), with its Chinese name and module. */
public record Permission(String code, String name, String module) {
}
