package org.fazhi.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Login accounts (登录账号) and what they are allowed to do. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the principal for a username, evaluated at {@code now}. */
    Optional<AccountPrincipal> principal(String username, Instant now) {
        return jdbc.sql("""
                        SELECT a.id, a.username, a.display_name, a.county_code, a.unit_id, a.password_hash, a.is_enabled,
                               a.locked_until, u.name AS unit_name, u.ancestors AS unit_ancestors
                        FROM org_account a LEFT JOIN org_unit u ON u.id = a.unit_id
                        WHERE a.username = :username""")
                .param("username", username)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Long unitId = rs.getObject("unit_id", Long.class);
                    String path = unitId == null ? null : rs.getString("unit_ancestors") + unitId + "/";
                    RoleGrant grant = grant(id);
                    CurrentUser user = new CurrentUser(id, rs.getString("username"), rs.getString("display_name"),
                            rs.getString("county_code"), unitId, rs.getString("unit_name"), path, grant.scope(),
                            grant.roles(), grant.permissions());
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new AccountPrincipal(user, rs.getString("password_hash"), rs.getBoolean("is_enabled"),
                            locked == null ? null : locked.toInstant(), now);
                })
                .optional();
    }

    private RoleGrant grant(long accountId) {
        List<Object[]> rows = jdbc.sql("""
                        SELECT r.code, r.data_scope, p.permission
                        FROM org_account_role ar JOIN org_role r ON r.id = ar.role_id
                        LEFT JOIN org_role_permission p ON p.role_id = r.id
                        WHERE ar.account_id = :id""")
                .param("id", accountId)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        Set<String> roles = new HashSet<>();
        Set<String> permissions = new HashSet<>();
        DataScope scope = DataScope.OWN_UNIT;
        for (Object[] row : rows) {
            roles.add((String) row[0]);
            scope = scope.widest(DataScope.valueOf((String) row[1]));
            if (row[2] != null) {
                permissions.add((String) row[2]);
            }
        }
        return new RoleGrant(Set.copyOf(roles), scope, Set.copyOf(permissions));
    }

    Optional<String> countyOf(String username) {
        return jdbc.sql("SELECT county_code FROM org_account WHERE username = :u").param("u", username)
                .query(String.class).optional();
    }

    /** Records a failed login; returns the new count of consecutive failures (0 if the account is unknown). */
    int recordFailure(String username) {
        return jdbc.sql("""
                        UPDATE org_account SET failed_attempts = failed_attempts + 1
                        WHERE username = :u RETURNING failed_attempts""")
                .param("u", username).query(Integer.class).optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("UPDATE org_account SET locked_until = :until WHERE username = :u")
                .param("until", Timestamp.from(until)).param("u", username).update();
    }

    void recordSuccess(String username, Instant at) {
        jdbc.sql("""
                        UPDATE org_account SET failed_attempts = 0, locked_until = NULL, last_login_at = :at
                        WHERE username = :u""")
                .param("at", Timestamp.from(at)).param("u", username).update();
    }

    private record RoleGrant(Set<String> roles, DataScope scope, Set<String> permissions) {
    }
}
