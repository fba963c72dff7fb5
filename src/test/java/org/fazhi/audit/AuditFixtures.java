package org.fazhi.audit;

import org.fazhi.shared.AuditableEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for the audit module: fresh counties (so each test owns a whole chain), accounts of any role, and a way
 * to tamper with stored entries the way an attacker with database access would, and to put them back.
 */
final class AuditFixtures {

    /** Province 98 does not exist; each call gives a county no other test in this JVM uses. */
    private static final AtomicInteger COUNTIES = new AtomicInteger();

    static final String TRIGGER = "trg_audit_entry_append_only";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    AuditFixtures(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
    }

    record TestEvent(String countyCode, String actor, String action, String objectType, String objectId,
                     String summary) implements AuditableEvent {

        static TestEvent of(String county, String summary) {
            return new TestEvent(county, "tester", "test.thing.changed", "test_thing", "T-1", summary);
        }
    }

    static String freshCounty() {
        return String.format("98%04d", COUNTIES.incrementAndGet());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unit and an account holding one role in the county; returns the username. */
    String account(String county, String role, String password) {
        String username = unique(role.toLowerCase());
        OffsetDateTime now = OffsetDateTime.now(java.time.Clock.systemUTC());
        long unit = jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:c, NULL, '/', :n, 'DEPARTMENT', :t, 'test', :t, 'test') RETURNING id""")
                .param("c", county).param("n", unique("审计测试单位")).param("t", now).query(Long.class).single();
        long account = jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, :h, '审计测试', :unit, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", county).param("u", username).param("h", encoder.encode(password)).param("unit", unit)
                .param("t", now).query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = :r")
                .param("a", account).param("r", role).update();
        return username;
    }

    /** A custom role with one data scope and the given permissions; returns its code. */
    String role(String scope, String... permissions) {
        String code = unique("AUDIT_T").toUpperCase();
        long id = jdbc.sql("INSERT INTO org_role (code, name, data_scope) VALUES (:c, :c, :s) RETURNING id")
                .param("c", code).param("s", scope).query(Long.class).single();
        for (String permission : permissions) {
            jdbc.sql("INSERT INTO org_role_permission (role_id, permission) VALUES (:r, :p)")
                    .param("r", id).param("p", permission).update();
        }
        return code;
    }

    AuditEntry stored(String county, long seq) {
        return jdbc.sql("SELECT " + AuditEntries.COLUMNS + " FROM audit_entry e WHERE e.county_code = :c AND e.seq = :s")
                .param("c", county).param("s", seq).query(AuditEntries::entry).single();
    }

    long count(String county) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE county_code = :c").param("c", county)
                .query(Long.class).single();
    }

    /** Runs SQL against audit_entry with its append-only trigger disabled, in one transaction. */
    void tamper(String sql, Object... params) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER " + TRIGGER).update();
            var statement = jdbc.sql(sql);
            for (int i = 0; i < params.length; i++) {
                statement = statement.param(i + 1, params[i]);
            }
            statement.update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER " + TRIGGER).update();
        });
    }

    /** Puts an entry back exactly as it was stored. */
    void restore(AuditEntry e) {
        tamper("DELETE FROM audit_entry WHERE county_code = ? AND seq = ?", e.countyCode(), e.seq());
        jdbc.sql("""
                        INSERT INTO audit_entry (county_code, seq, id, occurred_at, actor, action, object_type, object_id,
                            summary, details, client_ip, prev_hash, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json), ?, ?, ?)""")
                .params(e.countyCode(), e.seq(), e.id(), e.occurredAt().atOffset(ZoneOffset.UTC), e.actor(),
                        e.action(), e.objectType(), e.objectId(), e.summary(), e.details(), e.clientIp(),
                        e.prevHash(), e.hash())
                .update();
    }
}
