package org.fazhi.files;

import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Units and accounts for this module's integration tests, created with unique names in the shared test database.
 * Each unit gets a 发文机关代字 of its own, so that its numbering series starts at 1 whatever other tests did. Not a
 * bean: tests build it from the context's {@code JdbcClient} and {@code UserDetailsService}.
 */
class FilesFixtures {

    static final String COUNTY = "990121";
    private static final String DIGITS = "零一二三四五六七八九";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;
    private final UserDetailsService accounts;

    FilesFixtures(JdbcClient jdbc, UserDetailsService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A unit created for one test. */
    record TestUnit(long id, String name, String docPrefix, String path) {
        ScopeFilter ownScope() {
            return new ScopeFilter(DataScope.OWN_UNIT, COUNTY, id, path);
        }
    }

    /** A unit directly under the county government, with a unique name and 代字 (null for none). */
    TestUnit unit(boolean withPrefix) {
        long root = jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND parent_id IS NULL ORDER BY id LIMIT 1")
                .param("c", COUNTY).query(Long.class).single();
        String name = "文书测试单位-" + UUID.randomUUID();
        String prefix = withPrefix ? uniquePrefix() : null;
        Timestamp now = Timestamp.from(Instant.parse("2026-11-22T02:00:00Z"));
        long id = jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, doc_prefix, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:c, :p, :a, :n, 'DEPARTMENT', :prefix, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", COUNTY).param("p", root).param("a", "/" + root + "/").param("n", name).param("prefix", prefix)
                .param("t", now).query(Long.class).single();
        return new TestUnit(id, name, prefix, "/" + root + "/" + id + "/");
    }

    /** A 代字 no other test uses: 测 followed by a running number in Chinese digits. */
    static String uniquePrefix() {
        StringBuilder prefix = new StringBuilder("测");
        Long.toString(SEQUENCE.incrementAndGet()).chars().forEach(c -> prefix.append(DIGITS.charAt(c - '0')));
        return prefix.toString();
    }

    /** An account acting for the unit with one built-in role; returns the principal to sign in with. */
    AccountPrincipal account(TestUnit unit, String role) {
        String username = "files-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-22T02:00:00Z"));
        long id = jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id, created_at,
                            created_by, updated_at, updated_by)
                        VALUES (:c, :u, 'not-used', :u, :unit, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", COUNTY).param("u", username).param("unit", unit.id()).param("t", now).query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = :r")
                .param("a", id).param("r", role).update();
        return (AccountPrincipal) accounts.loadUserByUsername(username);
    }

    static CurrentUser user(AccountPrincipal principal) {
        return principal.user();
    }
}
