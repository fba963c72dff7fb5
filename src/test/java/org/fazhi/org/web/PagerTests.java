package org.fazhi.org.web;

import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTests {

    @Test
    @DisplayName("翻页和导出链接保留筛选条件，导出不带页码")
    void linksKeepTheFilters() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/org/units");
        request.setQueryString("name=%E5%8F%B8%E6%B3%95&kind=DEPARTMENT&page=2");
        Pager pager = Pager.of(Page.of(List.of(), 45, new PageQuery(2, 20)), request);
        assertThat(pager.pages()).isEqualTo(3);
        assertThat(pager.previous()).isEqualTo("/org/units?name=%E5%8F%B8%E6%B3%95&kind=DEPARTMENT&page=1");
        assertThat(pager.next()).isEqualTo("/org/units?name=%E5%8F%B8%E6%B3%95&kind=DEPARTMENT&page=3");
        assertThat(pager.export()).isEqualTo("/org/units/export?name=%E5%8F%B8%E6%B3%95&kind=DEPARTMENT");
    }

    @Test
    @DisplayName("第一页没有上一页，最后一页没有下一页；LIKE 通配符被转义")
    void edgesAndWildcards() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/org/people");
        Pager pager = Pager.of(Page.of(List.of(), 3, new PageQuery(1, 20)), request);
        assertThat(pager.previous()).isNull();
        assertThat(pager.next()).isNull();
        assertThat(pager.export()).isEqualTo("/org/people/export");
        assertThat(Lists.contains("100%_a\\")).isEqualTo("%100\\%\\_a\\\\%");
        assertThat(Lists.blankToNull("  ")).isNull();
    }
}
