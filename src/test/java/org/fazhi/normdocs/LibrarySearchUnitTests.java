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
                    entry(4, true, "EXPIRED", LocalDate.of(2020, 1, 1), "示范县过期办法", "第一条 公平竞争审查（已过期）。")));
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
                    LibrarySearch.Visibility.drafts("990121", List.of(20L)), today);
            assertThat(staff.hits()).extracting(LibrarySearch.Hit::id).contains(2L);

            var escaped = LibrarySearch.search(index, new LibrarySearch.Criteria("审查\" OR (*", null, null, null, null, 1, 10),
                    LibrarySearch.Visibility.publicOnly("990121"), today);
            assertThat(escaped.total()).isGreaterThanOrEqualTo(0);
        }
    }

    private static NormdocIndex.Entry civil(long id, String title, String body) {
        return new NormdocIndex.Entry(id, "990121", 70, true, "PUBLISHED", 2025, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 1, 1), title, "示民规〔2025〕" + id + "号", "示范县民政局", body);
    }

    @Test
    void everyWordOfTheQueryIsRequiredEvenWhenIkCutsOneRunIntoSeveral() throws Exception {
        try (NormdocIndex index = new NormdocIndex(dir)) {
            index.putAll(List.of(
                    civil(1, "示范县殡葬管理办法", "第一条 规范殡葬活动。"),
                    entry(2, true, "PUBLISHED", LocalDate.of(2030, 1, 1), "示范县农贸市场管理办法", "第一条 规范农贸市场。"),
                    civil(3, "示范县殡葬服务收费公示", "第一条 公示殡葬服务收费。")));
            index.commit();
            LocalDate today = LocalDate.of(2026, 6, 1);
            var visibility = LibrarySearch.Visibility.publicOnly("990121");
            assertThat(LibrarySearch.search(index, new LibrarySearch.Criteria("殡葬管理", null, null, null, null, 1, 10),
                    visibility, today).hits()).extracting(LibrarySearch.Hit::id).containsExactly(1L);
            assertThat(LibrarySearch.search(index, new LibrarySearch.Criteria("殡葬 收费", null, null, null, null, 1, 10),
                    visibility, today).hits()).extracting(LibrarySearch.Hit::id).containsExactly(3L);
            // the issuer field counts as a place where a word occurs (示范县民政局 issued both)
            assertThat(LibrarySearch.search(index, new LibrarySearch.Criteria("民政 殡葬", null, null, null, null, 1, 10),
                    visibility, today).hits()).extracting(LibrarySearch.Hit::id).containsExactlyInAnyOrder(1L, 3L);
            assertThat(LibrarySearch.search(index, new LibrarySearch.Criteria("的", null, null, null, null, 1, 10),
                    visibility, today).totalText()).isEqualTo("0");
        }
    }

    @Test
    void aCountyWideScopeSeesEveryDraftOfTheCountyButNoOtherCounty() throws Exception {
        try (NormdocIndex index = new NormdocIndex(dir)) {
            index.putAll(List.of(
                    entry(1, true, "PUBLISHED", LocalDate.of(2030, 1, 1), "示范县燃气经营管理办法", "第一条 燃气经营许可。"),
                    entry(2, false, "DRAFTING", null, "示范县燃气经营监督办法（草稿）", "第一条 燃气经营监督。"),
                    new NormdocIndex.Entry(3, "990122", 30, false, "DRAFTING", 2025, null, null, "邻县燃气经营办法（草稿）",
                            null, "邻县住建局", "第一条 燃气经营。")));
            index.commit();
            var criteria = new LibrarySearch.Criteria("燃气经营", null, null, null, null, 1, 10);
            LocalDate today = LocalDate.of(2026, 6, 1);
            assertThat(LibrarySearch.search(index, criteria, LibrarySearch.Visibility.wholeCounty("990121"), today).hits())
                    .extracting(LibrarySearch.Hit::id).containsExactlyInAnyOrder(1L, 2L);
            assertThat(LibrarySearch.search(index, criteria, LibrarySearch.Visibility.drafts("990121", List.of(20L)), today).hits())
                    .extracting(LibrarySearch.Hit::id).containsExactlyInAnyOrder(1L, 2L);
            assertThat(LibrarySearch.search(index, criteria, LibrarySearch.Visibility.drafts("990121", List.of(99L)), today).hits())
                    .extracting(LibrarySearch.Hit::id).containsExactly(1L);
        }
    }

    @Test
    void hitsAreCountedExactlyUpToOneThousandThenShownAsMore() throws Exception {
        try (NormdocIndex index = new NormdocIndex(dir)) {
            List<NormdocIndex.Entry> entries = new java.util.ArrayList<>();
            for (long id = 1; id <= 1_050; id++) {
                String word = id <= 999 ? "殡葬管理" : "河道采砂";
                entries.add(entry(id, true, "PUBLISHED", LocalDate.of(2030, 1, 1), "示范县" + word + "办法第" + id + "号",
                        "第一条 为规范" + word + "工作，制定本办法。" + (id <= 1_001 ? "第二条 物业服务。" : "")));
            }
            index.putAll(entries);
            index.commit();
            LocalDate today = LocalDate.of(2026, 6, 1);
            var visibility = LibrarySearch.Visibility.publicOnly("990121");

            // IK cuts 殡葬管理 into 殡葬 + 管理: both are required, so the 51 documents of a 管理局 without 殡葬 do not count
            var exact = LibrarySearch.search(index, new LibrarySearch.Criteria("殡葬管理", null, null, null, null, 1, 10), visibility, today);
            assertThat(exact.totalExact()).as(exact.total() + " " + exact.totalText()).isTrue();
            assertThat(exact.total()).isEqualTo(999);
            assertThat(exact.totalExact()).isTrue();
            assertThat(exact.totalText()).isEqualTo("999");
            assertThat(exact.hits()).hasSize(10);

            var more = LibrarySearch.search(index, new LibrarySearch.Criteria("物业服务", null, null, null, null, 1, 10), visibility, today);
            assertThat(more.totalExact()).isFalse();
            assertThat(more.totalText()).isEqualTo("1000+");
            assertThat(more.hits()).hasSize(10);
            assertThat(more.hits().get(0).fragments().get(0)).contains("<em>物业</em>");

            var browse = LibrarySearch.search(index, new LibrarySearch.Criteria(null, null, null, null, null, 1, 10), visibility, today);
            assertThat(browse.totalText()).isEqualTo("1000+");
            assertThat(browse.hits()).extracting(LibrarySearch.Hit::id).startsWith(1_050L, 1_049L);

            var small = LibrarySearch.search(index, new LibrarySearch.Criteria("河道采砂", null, null, null, null, 1, 10), visibility, today);
            assertThat(small.totalText()).isEqualTo("51");

            // paging stops where the exact count stops: page 1000 of 10 is page 100, the last one counted
            var deep = LibrarySearch.search(index, new LibrarySearch.Criteria("殡葬管理", null, null, null, null, 1_000, 10), visibility, today);
            assertThat(deep.page()).isEqualTo(100);
            assertThat(deep.hits()).hasSize(9);
        }
    }
}
