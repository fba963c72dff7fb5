package org.fazhi.shared;

import org.jspecify.annotations.Nullable;

import java.util.Collection;

/**
 * PostgreSQL array literals for binding many values as ONE parameter (数组参数): {@code = ANY(CAST(:p AS text[]))} or
 * {@code unnest(CAST(:a AS bigint[]), CAST(:b AS text[]))}. One bind value keeps one cached plan whatever the number of
 * values, where an {@code IN} list of thousands of placeholders is parsed, planned and bound anew each time. The literal
 * is plain text, so it binds the same through every JDBC layer.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /**
     * The array literal of the values, e.g. {@code {"a","b\"c",NULL}}: every element quoted (backslash and double quote
     * escaped), {@code null} as {@code NULL}; numbers and dates by their {@code toString()}, cast on the server.
     */
    public static String literal(Collection<? extends @Nullable Object> values) {
        StringBuilder sb = new StringBuilder(values.size() * 16 + 2).append('{');
        boolean first = true;
        for (Object v : values) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            if (v == null) {
                sb.append("NULL");
                continue;
            }
            String s = v.toString();
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }
}
