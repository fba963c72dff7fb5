package org.fazhi.files;

/**
 * A kind of official document and how its number is prefixed (文书类型及代字).
 *
 * @param code   type code, e.g. {@code reconsideration}
 * @param name   Chinese name, e.g. 行政复议文书
 * @param suffix appended to the unit's 发文机关代字 (示政 + 复 = 示政复); may be empty
 */
public record DocumentType(String code, String name, String suffix) {
}
