package org.fazhi.org.web;

/** Small helpers for list filters. */
public final class Lists {

    private Lists() {
    }

    /** A trimmed filter value, or {@code null} when blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A {@code LIKE} pattern matching {@code value} anywhere, with the wildcards in it escaped. */
    public static String contains(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
