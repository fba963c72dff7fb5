package org.fazhi.normdocs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index and search without Spring: IK analysis with the legal terms, visibility, validity and highlighting. */
class LibrarySearchUnitTests {

    @TempDir
    Path dir;

    private NormdocIndex.Entry entry(long id, boolean published, String status, LocalDate expires, String title, String body) {
        return new NormdocIndex.Entry(id, "990121", id * 10, published, status, 2025, LocalDate.of(2025, 1, 1), expires,
                title, published ? "示市监规〔2025〕" + id + "号" : null, "示范县市场监督管理局", body);
    }

    @Test
    void findsByLegalTermHighlightsExactlyAndRespectsVisibility() throws Exception {
        try (NormdocIndex index = new NormdocIndex(dir)) {
            index.putAll(List.of(
                    entry(1, true, "PUBLISHED", LocalDate.of(2030, 1, 1), "示范县个体工商户登记便利化措施",
                            "第一条 为便利个体工商户报送年度报告，制定本规定。第二条 政策制定机关应当开展公平竞争审查。"),
                    entry(2, false, "DRAFTING", null, "示范县公平竞争审查实施办法（草稿）", "第一条 公平竞争审查由起草单位负责。"),
                    entry(3, true, "REPEALED", LocalDate.of(2030, 1, 1), "示范县旧办法", "第一条 本办法已废止，原公平竞争审查规定不再执行。"),
                    entry(4, true, "PUBLISHED", LocalDate.of(2020, 1, 1), "示范县过期办法", "第一条 公平竞争审查（已过期）。")));
            index.commit();
            LocalDate today = LocalDate.of(2026, 6, 1);

            var publicHits = LibrarySearch.search(index, new LibrarySearch.Criteria("公平竞争审查", null, null, null, null, 1, 10),
                    LibrarySearch.Visibility.publicOnly("990121"), today);
            assertThat(publicHits.hits()).extracting(LibrarySearch.Hit::id).containsExactlyInAnyOrder(1L, 3L, 4L);
            var first = publicHits.hits().stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
            assertThat(first.fragments().get(0)).contains("<em>公平竞争审查</em>");

            var terms = LibrarySearch.search(index, new LibrarySearch.Criteria("个体工商户", null, null, null, null, 1, 10),
                    LibrarySearch.Visibility.publicOnly("990121"), today);
            assertThat(terms.hits().get(0).titleHtml()).contains("示范县<em>个体工商户</em>登记");
            assertThat(terms.hits().get(0).fragments().get(0)).contains("便利<em>个体工商户</em>报送");

            var valid = LibrarySearch.search(index, new LibrarySearch.Criteria("公平竞争审查", null, null, "valid", null, 1, 10),
                    LibrarySearch.Visibility.publicOnly("990121"), today);
            assertThat(valid.hits()).extracting(LibrarySearch.Hit::id).containsExactly(1L);
            var invalid = LibrarySearch.search(index, new LibrarySearch.Criteria("公平竞争审查", null, null, "invalid", null, 1, 10),
                    LibrarySearch.Visibility.publicOnly("990121"), today);
            assertThat(invalid.hits()).extracting(LibrarySearch.Hit::id).containsExactlyInAnyOrder(3L, 4L);

            var staff = LibrarySearch.search(index, new LibrarySearch.Criteria("公平竞争审查", null, null, null, null, 1, 10),
                    new LibrarySearch.Visibility("990121", List.of(20L)), today);
            assertThat(staff.hits()).extracting(LibrarySearch.Hit::id).contains(2L);

            var escaped = LibrarySearch.search(index, new LibrarySearch.Criteria("审查\" OR (*", null, null, null, null, 1, 10),
                    LibrarySearch.Visibility.publicOnly("990121"), today);
            assertThat(escaped.total()).isGreaterThanOrEqualTo(0);
        }
    }
}
