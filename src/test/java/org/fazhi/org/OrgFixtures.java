package org.fazhi.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for the organisation tests: units, people and accounts with names unique to this run, written straight
 * to the shared database (tests never assume empty tables), and signed-in principals for MockMvc's {@code user(..)}.
 */
public final class OrgFixtures {

    public static final String COUNTY = "990121";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Random RANDOM = new Random();

    private final JdbcClient jdbc;
    private final UserDetailsService users;

    public OrgFixtures(JdbcClient jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A name no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
    }

    /** A fresh valid identity number (GB 11643) under the demo county's code. */
    public static String idNumber() {
        String first17 = COUNTY + String.format("19%02d0%d1%d", 60 + RANDOM.nextInt(40), 1 + RANDOM.nextInt(9),
                RANDOM.nextInt(10)) + String.format("%03d", RANDOM.nextInt(1000));
        return first17 + IdNumbers.checkCharacter(first17);
    }

    public long government() {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND parent_id IS NULL")
                .param("c", COUNTY).query(Long.class).single();
    }

    public long unit(String name, UnitKind kind, long parentId) {
        String ancestors = jdbc.sql("SELECT ancestors || id || '/' FROM org_unit WHERE id = :p").param("p", parentId)
                .query(String.class).single();
        Timestamp now = Timestamp.from(Instant.parse("2025-03-03T00:00:00Z"));
        return jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:c, :p, :a, :n, :k, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", COUNTY).param("p", parentId).param("a", ancestors).param("n", name)
                .param("k", kind.name()).param("t", now).query(Long.class).single();
    }

    public long person(long unitId, String name, String idNumber, String mobile) {
        Timestamp now = Timestamp.from(Instant.parse("2025-03-03T00:00:00Z"));
        return jdbc.sql("""
                        INSERT INTO org_person (county_code, unit_id, name, id_number, mobile, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:c, :u, :n, :i, :m, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", COUNTY).param("u", unitId).param("n", name).param("i", idNumber).param("m", mobile)
                .param("t", now).query(Long.class).single();
    }

    /** Creates an account with the given roles and returns it signed in. */
    public AccountPrincipal account(long unitId, String... roles) {
        String username = unique("t").toLowerCase(java.util.Locale.ROOT).replace("-", "");
        Timestamp now = Timestamp.from(Instant.parse("2025-03-03T00:00:00Z"));
        long id = jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id, created_at,
                            created_by, updated_at, updated_by)
                        VALUES (:c, :u, 'not-a-hash', :u, :unit, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", COUNTY).param("u", username).param("unit", unitId).param("t", now)
                .query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = :r")
                    .param("a", id).param("r", role).update();
        }
        return principal(username);
    }

    public AccountPrincipal principal(String username) {
        return (AccountPrincipal) users.loadUserByUsername(username);
    }
}
