package org.fazhi.normdocs;

import cn.idev.excel.FastExcel;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The nightly 有效期届满 job on a fixed clock (stored status, history, audit, index, worklist), the filing ledger
 * (备案台账) with its export, and the clean-up export — each within the user's data scope.
 */
@FazhiIntegrationTest
class NormdocsExpiryAndLedgerIntegrationTests {

    static final String COUNTY = "990121";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Expiries expiries;
    @Autowired
    Library library;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = :n").param("n", name).query(Long.class).single();
    }

    /** A published normative document inserted as the lifecycle leaves it. */
    private long published(long unit, String title, String number, LocalDate publishedOn, LocalDate expiresOn) {
        return jdbc.sql("""
                        INSERT INTO nd_document (county_code, unit_id, kind, title, status, proposed_on, current_version, doc_number,
                            issued_on, effective_on, validity_years, expires_on, published_on, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, 'NORMATIVE', :t, 'PUBLISHED', :p, 0, :n, :p, :p, 5, :e, :p, now(), 'test', now(), 'test')
                        RETURNING id""")
                .param("c", COUNTY).param("u", unit).param("t", title).param("p", publishedOn).param("n", number)
                .param("e", expiresOn).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM nd_document WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void theNightlyJobStoresTheEndOfValidityOnceWithHistoryAuditAndIndex() {
        long market = unit("示范县市场监督管理局");
        String word = "届满测试" + System.nanoTime() % 100000;
        long lapsed = published(market, "示范县农贸市场管理办法（" + word + "）", "示市监规〔2021〕91号",
                LocalDate.of(2021, 4, 1), LocalDate.of(2026, 3, 31));
        long lastDay = published(market, "示范县户外广告设置管理办法（" + word + "）", "示市监规〔2021〕92号",
                LocalDate.of(2021, 4, 2), LocalDate.of(2026, 4, 1));
        jdbc.sql("""
                        INSERT INTO wl_item (county_code, unit_id, source_module, source_type, source_id, deadline_kind, title,
                            due_date, status, light, link, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, 'normdocs', 'document', :id, 'expiry-evaluation', '有效期将届满，请评估', '2025-10-01',
                            'OPEN', 'RED', '/normdocs/1', now(), 'test', now(), 'test')""")
                .param("c", COUNTY).param("u", market).param("id", Long.toString(lapsed)).update();

        // 2026-04-01 in China: the first day after the first document's last valid day, the second's last day
        Clock april1 = Clock.fixed(Instant.parse("2026-03-31T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
        new ExpiryJob(expiries, april1).run();

        assertThat(status(lapsed)).isEqualTo("EXPIRED");
        assertThat(status(lastDay)).isEqualTo("PUBLISHED");
        var step = jdbc.sql("SELECT step, happened_on, actor FROM nd_step WHERE document_id = :d").param("d", lapsed)
                .query((rs, n) -> List.of(rs.getString(1), rs.getObject(2, LocalDate.class).toString(), rs.getString(3))).list();
        assertThat(step).containsExactly(List.of("EXPIRED", "2026-04-01", "system"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'normdocs.document.expired' AND object_id = :id")
                .param("id", Long.toString(lapsed)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM wl_item WHERE source_module = 'normdocs' AND source_id = :id AND deadline_kind = 'expiry-evaluation'")
                .param("id", Long.toString(lapsed)).query(String.class).single()).isEqualTo("DONE");

        // the library reads the stored status: the lapsed document is among the invalid ones, not the valid ones
        var invalid = library.searchPublic(COUNTY, new LibrarySearch.Criteria(word, null, null, "invalid", null, 1, 10));
        assertThat(invalid.hits()).extracting(LibrarySearch.Hit::id).containsExactly(lapsed);
        assertThat(invalid.hits().get(0).status()).isEqualTo("EXPIRED");
        assertThat(library.searchPublic(COUNTY, new LibrarySearch.Criteria(word, null, null, "valid", null, 1, 10)).hits())
                .extracting(LibrarySearch.Hit::id).doesNotContain(lapsed);

        // a second run (or a second instance) changes nothing
        assertThat(expiries.expireLapsed(COUNTY, LocalDate.of(2026, 4, 1))).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM nd_step WHERE document_id = :d").param("d", lapsed).query(Integer.class).single())
                .isEqualTo(1);

        // the next day the second one lapses too
        new ExpiryJob(expiries, Clock.offset(april1, java.time.Duration.ofDays(1))).run();
        assertThat(status(lastDay)).isEqualTo("EXPIRED");
    }

    private long filing(long document, long unit, String target, LocalDate due, LocalDate firstSubmitted, String status) {
        return jdbc.sql("""
                        INSERT INTO nd_filing (county_code, document_id, unit_id, target, due_on, due_citation, status,
                            first_submitted_on, submitted_on, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :d, :u, :t, :due, '测试依据', :s, :f, :f, now(), 'test', now(), 'test') RETURNING id""")
                .param("c", COUNTY).param("d", document).param("u", unit).param("t", target).param("due", due)
                .param("s", status).param("f", firstSubmitted).query(Long.class).single();
    }

    private static List<Map<Integer, String>> rows(byte[] xlsx) {
        return FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet(0).doReadSync();
    }

    @Test
    void theFilingLedgerShowsLateFilingsInScopeAndExportsThem() throws Exception {
        long town = unit("城关镇人民政府");
        String word = "台账测试" + System.nanoTime() % 100000;
        LocalDate published = LocalDate.of(2025, 3, 3);
        long doc = published(town, "城关镇集贸市场管理规定（" + word + "）", "城政规〔2025〕1号", published, published.plusYears(5).minusDays(1));
        filing(doc, town, "GOVERNMENT", published.plusDays(30), published.plusDays(10), "ACCEPTED");
        filing(doc, town, "NPC", published.plusDays(30), null, "PENDING");

        String all = mvc.perform(get("/normdocs/filings").param("year", "2025").with(as("sifaju"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains(word).contains("逾期未报备").contains("及时");
        MvcResult late = mvc.perform(get("/normdocs/filings/export").param("late", "true").param("year", "2025")
                .with(as("sifaju"))).andReturn();
        assertThat(late.getResponse().getStatus()).isEqualTo(200);
        List<Map<Integer, String>> rows = rows(late.getResponse().getContentAsByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo("文件名称");
        List<Map<Integer, String>> mine = rows.stream().filter(r -> r.get(0) != null && r.get(0).contains(word)).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get(4)).isEqualTo(FilingTarget.NPC.label());
        assertThat(mine.get(0).get(8)).isEqualTo("逾期未报备");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'normdocs.filing.exported' AND actor = 'sifaju'")
                .query(Integer.class).single()).isPositive();

        // the market bureau's clerk sees none of the township's filings, on the page or in the export
        assertThat(mvc.perform(get("/normdocs/filings").with(as("jingban"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(word);
        assertThat(rows(mvc.perform(get("/normdocs/filings/export").with(as("jingban"))).andReturn().getResponse()
                .getContentAsByteArray())).noneMatch(r -> r.get(0) != null && r.get(0).contains(word));
        assertThat(mvc.perform(get("/normdocs/filings/export").param("status", "NOPE").with(as("sifaju"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/normdocs/filings").with(as("shencha"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aCleanUpListIsExportedByThoseWhoManageIt() throws Exception {
        long justice = unit("示范县司法局");
        long doc = published(justice, "示范县法律援助经费管理办法（清理导出测试）", "示司规〔2022〕3号",
                LocalDate.of(2022, 5, 1), LocalDate.of(2027, 4, 30));
        long cleanup = jdbc.sql("""
                        INSERT INTO nd_cleanup (county_code, unit_id, name, status, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, '2026年清理导出测试', 'OPEN', now(), 'test', now(), 'test') RETURNING id""")
                .param("c", COUNTY).param("u", justice).query(Long.class).single();
        jdbc.sql("INSERT INTO nd_cleanup_item (county_code, cleanup_id, document_id, decision, reason) VALUES (:c, :cl, :d, 'AMEND', '上位法已修改')")
                .param("c", COUNTY).param("cl", cleanup).param("d", doc).update();

        MvcResult r = mvc.perform(get("/normdocs/cleanups/" + cleanup + "/export").with(as("sifaju"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        List<Map<Integer, String>> rows = rows(r.getResponse().getContentAsByteArray());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry(0, "示范县法律援助经费管理办法（清理导出测试）").containsEntry(1, "示司规〔2022〕3号")
                .containsEntry(3, CleanupDecision.AMEND.label()).containsEntry(4, "上位法已修改");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'normdocs.cleanup.exported' AND actor = 'sifaju'")
                .query(Integer.class).single()).isPositive();
        assertThat(mvc.perform(get("/normdocs/cleanups/" + cleanup + "/export").with(as("lingdao"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
