package org.fazhi.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTests {

    private final PageLinks links = new PageLinks();

    @Test
    void keepsEveryFilterAndReplacesOnlyThePage() {
        assertThat(links.to("/audit", "actor=admin&page=1&size=20", 2)).isEqualTo("/audit?actor=admin&size=20&page=2");
        assertThat(links.to("/worklist", null, 3)).isEqualTo("/worklist?page=3");
    }

    @Test
    void keepsEncodedChineseFiltersAndEncodesHandTypedOnes() {
        assertThat(links.to("/files/documents", "keyword=%E5%8F%B8%E6%B3%95", 2))
                .isEqualTo("/files/documents?keyword=%E5%8F%B8%E6%B3%95&page=2");
        assertThat(links.to("/files/documents", "keyword=司法", 2))
                .isEqualTo("/files/documents?keyword=%E5%8F%B8%E6%B3%95&page=2");
    }
}
