package org.fazhi.audit;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one text form of a value that the audit hash is computed over (规范化 JSON). The same input always gives the same
 * bytes, on any machine and in any year, because:
 * <ul>
 *   <li>objects written by {@link Builder} keep the field order the caller fixes; maps are written with their keys in
 *       ascending {@link String#compareTo} order;</li>
 *   <li>there is no whitespace between tokens;</li>
 *   <li>strings escape only {@code "} and {@code \} (as {@code \"} and {@code \\}) and the control characters U+0000 to
 *       U+001F (always as {@code \}{@code u00xx} with lower-case hex); every other character, Chinese included, is
 *       written as itself and hashed as UTF-8;</li>
 *   <li>timestamps are strings in UTC with exactly six fraction digits, {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'}
 *       (e.g. {@code 2025-03-03T01:02:03.000450Z}), the microsecond precision PostgreSQL {@code timestamptz} keeps;</li>
 *   <li>integers are plain decimal; {@code null} is {@code null}; other numbers use {@link BigDecimal#toPlainString()}
 *       and non-finite doubles become strings.</li>
 * </ul>
 */
final class CanonicalJson {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalJson() {
    }

    /** An object whose fields are written in the order they are added. */
    static Builder object() {
        return new Builder();
    }

    /** A timestamp in the canonical form; sub-microsecond digits are dropped, as PostgreSQL drops them. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Any tree of maps, collections, strings, numbers, booleans and nulls; other values are written as strings. */
    static String value(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            string(out, value.toString());
        } else if (value instanceof Number n) {
            out.append(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, @Nullable Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, e.getKey());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else if (value instanceof Instant instant) {
            string(out, timestamp(instant));
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Writes an object field by field, in the caller's order. */
    static final class Builder {

        private final StringBuilder out = new StringBuilder("{");

        Builder field(String name, @Nullable Object value) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, name);
            out.append(':');
            write(out, value);
            return this;
        }

        String build() {
            return out + "}";
        }
    }
}
