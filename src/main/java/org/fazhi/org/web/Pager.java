package org.fazhi.org.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.shared.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a list page (分页与导出链接) that keep the current filters.
 *
 * @param previous URL of the previous page, {@code null} on the first page
 * @param next     URL of the next page, {@code null} on the last page
 * @param export   URL of the xlsx export with the same filters
 */
public record Pager(long total, int page, int pages, String previous, String next, String export) {

    public static Pager of(Page<?> page, HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String previous = page.hasPrevious() ? link(path, query, page.page() - 1) : null;
        String next = page.hasNext() ? link(path, query, page.page() + 1) : null;
        String export = uri(UriComponentsBuilder.fromPath(path + "/export").query(query).replaceQueryParam("page")
                .replaceQueryParam("size"));
        return new Pager(page.total(), page.page(), page.pages(), previous, next, export);
    }

    private static String link(String path, String query, int page) {
        return uri(UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", page));
    }

    /** The query arrives encoded; a hand-typed one that is not is encoded here rather than rejected. */
    private static String uri(UriComponentsBuilder builder) {
        try {
            return builder.build(true).toUriString();
        } catch (IllegalArgumentException e) {
            return builder.encode().build().toUriString();
        }
    }
}
