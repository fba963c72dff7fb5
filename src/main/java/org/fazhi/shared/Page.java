package org.fazhi.shared;

import java.util.List;

/**
 * One page of results with the total count (分页结果).
 *
 * @param items rows of this page
 * @param total rows matching the filter in the caller's scope
 * @param page  1-based page number
 * @param size  page size
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static <T> Page<T> of(List<T> items, long total, PageQuery query) {
        return new Page<>(List.copyOf(items), total, query.page(), query.size());
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
