package org.fazhi.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code audit_entry} table and the chain heads (审计记录存储). Only appends, never updates an entry. */
@Repository
class AuditEntries {

    static final String COLUMNS = "e.id, e.county_code, e.seq, e.occurred_at, e.actor, e.action, e.object_type, "
            + "e.object_id, e.summary, e.details::text AS details, e.client_ip, e.prev_hash, e.hash";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The head of a county's chain: the last position and hash, and the id reserved for the next entry. */
    record Head(long lastSeq, String lastHash, long nextId) {
    }

    /**
     * Locks the county's chain head until the surrounding transaction ends, creating it for a county's first entry.
     * The upsert's row lock is what serialises appends: a second transaction waits here until the first commits or
     * rolls back, then reads the head as the first left it, so the chain never forks and {@code seq} has no gaps.
     */
    Head lockHead(String countyCode, Instant now) {
        return jdbc.sql("""
                        INSERT INTO audit_chain_head AS h (county_code, last_seq, last_hash, updated_at)
                        VALUES (:county, 0, :genesis, :now)
                        ON CONFLICT (county_code) DO UPDATE SET last_seq = h.last_seq
                        RETURNING h.last_seq, h.last_hash, nextval('audit_entry_id_seq') AS next_id""")
                .param("county", countyCode).param("genesis", EntryHash.GENESIS).param("now", utc(now))
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getLong("next_id")))
                .single();
    }

    /** Stores the entry and moves the (locked) chain head onto it. */
    void append(AuditEntry e) {
        jdbc.sql("""
                        INSERT INTO audit_entry (county_code, seq, id, occurred_at, actor, action, object_type, object_id,
                            summary, details, client_ip, prev_hash, hash)
                        VALUES (:county, :seq, :id, :at, :actor, :action, :objectType, :objectId, :summary,
                            CAST(:details AS json), :clientIp, :prevHash, :hash)""")
                .param("county", e.countyCode()).param("seq", e.seq()).param("id", e.id())
                .param("at", utc(e.occurredAt())).param("actor", e.actor()).param("action", e.action())
                .param("objectType", e.objectType()).param("objectId", e.objectId()).param("summary", e.summary())
                .param("details", e.details()).param("clientIp", e.clientIp())
                .param("prevHash", e.prevHash()).param("hash", e.hash())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash, updated_at = :at WHERE county_code = :county")
                .param("seq", e.seq()).param("hash", e.hash()).param("at", utc(e.occurredAt()))
                .param("county", e.countyCode()).update();
    }

    /** The chain head as stored, without locking it (for verification). */
    Optional<Head> head(String countyCode) {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE county_code = :county")
                .param("county", countyCode)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), 0)).optional();
    }

    /** Up to {@code limit} entries of one chain after position {@code afterSeq}, in chain order (keyset paging). */
    List<AuditEntry> chainBatch(String countyCode, long afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry e WHERE e.county_code = :county AND e.seq > :after"
                        + " ORDER BY e.seq LIMIT :limit")
                .param("county", countyCode).param("after", afterSeq).param("limit", limit)
                .query(AuditEntries::entry).list();
    }

    /**
     * Every chain whose county matches the predicate ({@code c.code}), from the heads and, in case a head is missing,
     * from the entries themselves. The recursive query walks the primary key's distinct county codes one index probe
     * at a time instead of scanning millions of rows.
     */
    List<String> chains(String predicate, Map<String, ?> params) {
        return jdbc.sql("""
                        WITH RECURSIVE walk(code) AS (
                            SELECT min(county_code) FROM audit_entry
                            UNION ALL
                            SELECT (SELECT min(a.county_code) FROM audit_entry a WHERE a.county_code > walk.code)
                            FROM walk WHERE walk.code IS NOT NULL)
                        SELECT c.code FROM (
                            SELECT code FROM walk WHERE code IS NOT NULL
                            UNION SELECT county_code FROM audit_chain_head) c
                        WHERE\s""" + predicate + " ORDER BY c.code")
                .params(params).query(String.class).list();
    }

    /** One page of entries matching a WHERE clause built by {@link AuditQueries}, newest first. */
    List<AuditEntry> page(String where, Map<String, ?> params, int offset, int limit) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("offset", offset);
        all.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry e WHERE " + where
                        + " ORDER BY e.occurred_at DESC, e.id DESC OFFSET :offset LIMIT :limit")
                .params(all).query(AuditEntries::entry).list();
    }

    /**
     * The next {@code limit} entries after the keyset position ({@code beforeAt}, {@code beforeId}), newest first:
     * exports walk the whole result this way with constant memory and without OFFSET's growing cost.
     */
    List<AuditEntry> before(String where, Map<String, ?> params, @Nullable Instant beforeAt, long beforeId, int limit) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("limit", limit);
        String keyset = "";
        if (beforeAt != null) {
            keyset = " AND (e.occurred_at, e.id) < (:beforeAt, :beforeId)";
            all.put("beforeAt", utc(beforeAt));
            all.put("beforeId", beforeId);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry e WHERE " + where + keyset
                        + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit")
                .params(all).query(AuditEntries::entry).list();
    }

    long count(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT count(*) FROM audit_entry e WHERE " + where).params(params).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getString("county_code"), rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("summary"), rs.getString("details"), rs.getString("client_ip"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
