package org.fazhi.normdocs;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The document library (文件库): keeps the full-text index in step with the database and answers public and staff
 * searches. The index is updated after each committed change; at start-up it is rebuilt from the database when it is
 * missing or holds a different number of documents than the database (e.g. after a restore).
 */
@Service
class Library implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Library.class);
    private static final String ENTRY_SQL = """
            SELECT d.id, d.county_code, d.unit_id, d.published_on IS NOT NULL AS published, d.status, d.title, d.doc_number,
                   u.name AS issuer, coalesce(extract(year FROM d.issued_on), extract(year FROM d.proposed_on))::int AS year,
                   d.effective_on, d.expires_on, coalesce(v.body_text, '') AS body
            FROM nd_document d JOIN org_unit u ON u.id = d.unit_id
            LEFT JOIN nd_version v ON v.document_id = d.id AND v.seq = d.current_version""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NormdocIndex index;

    Library(JdbcClient jdbc, Clock clock, NormdocsSettings settings,
            @Value("${fazhi.data-dir:./data}") String dataDir) {
        this.jdbc = jdbc;
        this.clock = clock;
        Path path = settings.indexDir().isBlank() ? Path.of(dataDir, "index", "normdocs") : Path.of(settings.indexDir());
        this.index = new NormdocIndex(path);
    }

    NormdocIndex index() {
        return index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        long inDb = jdbc.sql("SELECT count(*) FROM nd_document").query(Long.class).single();
        if (index.size() != inDb) {
            rebuild();
        }
    }

    /** Rebuilds the whole index from the database, in batches. */
    void rebuild() {
        index.clear();
        long last = 0;
        int total = 0;
        while (true) {
            List<NormdocIndex.Entry> batch = jdbc.sql(ENTRY_SQL + " WHERE d.id > :last ORDER BY d.id LIMIT 1000")
                    .param("last", last).query(Library::entry).list();
            if (batch.isEmpty()) {
                break;
            }
            index.putAll(batch);
            last = batch.get(batch.size() - 1).id();
            total += batch.size();
        }
        index.commit();
        log.info("规范性文件全文索引已从数据库重建：{} 件", total);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onIndexNeeded(IndexNeeded event) {
        entry(event.documentId()).ifPresent(index::put);
    }

    Optional<NormdocIndex.Entry> entry(long id) {
        return jdbc.sql(ENTRY_SQL + " WHERE d.id = :id").param("id", id).query(Library::entry).optional();
    }

    /** The public library: published documents of the county only. */
    LibrarySearch.Result searchPublic(String countyCode, LibrarySearch.Criteria criteria) {
        return LibrarySearch.search(index, criteria, LibrarySearch.Visibility.publicOnly(countyCode),
                LocalDate.now(clock));
    }

    /**
     * Staff search: the county's published documents plus the drafts of the units in the user's scope. A county-wide
     * scope covers every unit of the county and a single-unit scope its own unit, so only the other scopes (a unit and
     * those below it, the province) need the unit list from the database.
     */
    LibrarySearch.Result searchStaff(CurrentUser user, LibrarySearch.Criteria criteria) {
        ScopeFilter scope = user.filter();
        LibrarySearch.Visibility visibility = switch (scope.scope()) {
            case COUNTY -> LibrarySearch.Visibility.wholeCounty(user.countyCode());
            case OWN_UNIT -> LibrarySearch.Visibility.drafts(user.countyCode(),
                    scope.unitId() == null ? List.of() : List.of(scope.unitId()));
            case UNIT_AND_BELOW, PROVINCE -> LibrarySearch.Visibility.drafts(user.countyCode(),
                    jdbc.sql("SELECT u.id FROM org_unit u WHERE " + scope.onUnitTable("u") + " LIMIT 20000")
                            .params(scope.params()).query(Long.class).list());
        };
        return LibrarySearch.search(index, criteria, visibility, LocalDate.now(clock));
    }

    static NormdocIndex.Entry entry(ResultSet rs, int n) throws SQLException {
        return new NormdocIndex.Entry(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getBoolean("published"), rs.getString("status"), rs.getInt("year"),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                rs.getString("title"), rs.getString("doc_number"), rs.getString("issuer"), rs.getString("body"));
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
