package org.fazhi.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of a list (翻页链接) that keep every filter of the current request: used as
 * {@code ${pageLinks.to(currentPath, currentQuery, n)}} by the shared {@code fragments :: pager} fragment, so that
 * no page builds its own paging links.
 */
@Component
public class PageLinks {

    /**
     * @param path  the page's path (context-relative, as {@code currentPath} gives it)
     * @param query the current query string, may be {@code null}
     * @param page  the page to link to, 1-based
     * @return a context-relative link for {@code @{…}}
     */
    public String to(String path, String query, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", page);
        try {
            return builder.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            // A hand-typed query may arrive unencoded: encode it rather than fail.
            return builder.encode().build().toUriString();
        }
    }
}
