package org.fazhi.worklist;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small county of its own for each test (测试数据): a government with two departments and accounts of several roles,
 * so that counts and scopes can be asserted exactly even though all tests share one database.
 */
final class WorklistFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(1000 + (int) (System.nanoTime() % 8000));
    private static final Timestamp AT = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));

    final String county;
    final long government;
    final long unitA;
    final long unitB;
    final String clerkA;
    final String clerkA2;
    final String clerkB;
    final String adminA;
    final String coordinator;

    private final JdbcClient jdbc;

    WorklistFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.county = "98" + NEXT.incrementAndGet();
        this.government = unit(null, "/", "测试县人民政府");
        this.unitA = unit(government, "/" + government + "/", "测试县司法局");
        this.unitB = unit(government, "/" + government + "/", "测试县市场监督管理局");
        this.clerkA = account(unitA, "CLERK");
        this.clerkA2 = account(unitA, "CLERK");
        this.clerkB = account(unitB, "CLERK");
        this.adminA = account(unitA, "UNIT_ADMIN");
        this.coordinator = account(government, "COORDINATOR");
    }

    private long unit(Long parent, String ancestors, String name) {
        return jdbc.sql("""
                        INSERT INTO org_unit (county_code, parent_id, ancestors, name, kind, created_at, created_by,
                                              updated_at, updated_by)
                        VALUES (:c, :p, :a, :n, :k, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", county).param("p", parent).param("a", ancestors).param("n", name)
                .param("k", parent == null ? "GOVERNMENT" : "DEPARTMENT").param("t", AT)
                .query(Long.class).single();
    }

    private String account(long unit, String role) {
        String username = "wl" + county + "-" + role.toLowerCase() + "-" + NEXT.incrementAndGet();
        long id = jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id,
                                                 created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, 'x', :d, :unit, :t, 'test', :t, 'test') RETURNING id""")
                .param("c", county).param("u", username).param("d", "测试" + role).param("unit", unit)
                .param("t", AT).query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role_id) SELECT :a, id FROM org_role WHERE code = :r")
                .param("a", id).param("r", role).update();
        return username;
    }

    String lightOf(String sourceId) {
        return jdbc.sql("SELECT light FROM wl_item WHERE county_code = :c AND source_id = :s")
                .param("c", county).param("s", sourceId).query(String.class).single();
    }
}
