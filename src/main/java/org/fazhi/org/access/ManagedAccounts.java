package org.fazhi.org.access;

import org.fazhi.org.ScopeFilter;
import org.fazhi.org.web.Lists;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts as administrators manage them (账号管理), always within the administrator's data scope. */
@Repository
public class ManagedAccounts {

    private static final String SELECT = """
            SELECT a.id, a.county_code, a.username, a.display_name, a.unit_id, u.name AS unit_name, a.person_id,
                   p.name AS person_name, a.is_enabled, (a.locked_until IS NOT NULL AND a.locked_until > :now) AS locked,
                   a.last_login_at,
                   (SELECT string_agg(r.code, chr(31) ORDER BY r.id) FROM org_account_role ar JOIN org_role r ON r.id = ar.role_id
                     WHERE ar.account_id = a.id) AS role_codes,
                   (SELECT string_agg(r.name, chr(31) ORDER BY r.id) FROM org_account_role ar JOIN org_role r ON r.id = ar.role_id
                     WHERE ar.account_id = a.id) AS role_names
            FROM org_account a LEFT JOIN org_unit u ON u.id = a.unit_id LEFT JOIN org_person p ON p.id = a.person_id
            """;

    private final JdbcClient jdbc;

    ManagedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Filters of the account list.
     *
     * @param state {@code enabled}, {@code disabled} or {@code locked}
     */
    record Filter(String text, Long unitId, String state) {
    }

    Page<Account> page(ScopeFilter scope, Filter filter, PageQuery page, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("now", Timestamp.from(now));
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM org_account a WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Account> items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY u.ancestors, u.sort_order, a.unit_id, "
                        + "a.username LIMIT :limit OFFSET :offset")
                .params(params).query(ManagedAccounts::account).list();
        return Page.of(items, total, page);
    }

    List<Account> list(ScopeFilter scope, Filter filter, int limit, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("now", Timestamp.from(now));
        String where = where(scope, filter, params);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY u.ancestors, u.sort_order, a.unit_id, a.username "
                        + "LIMIT :limit")
                .params(params).query(ManagedAccounts::account).list();
    }

    private static String where(ScopeFilter scope, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(scope.on("a.county_code", "a.unit_id"));
        if (filter.text() != null) {
            where.append(" AND (a.username LIKE :text OR a.display_name LIKE :text)");
            params.put("text", Lists.contains(filter.text()));
        }
        if (filter.unitId() != null) {
            where.append(" AND a.unit_id IN (SELECT f.id FROM org_unit f WHERE f.county_code = a.county_code"
                    + " AND (f.id = :unit OR f.ancestors LIKE :unitPath))");
            params.put("unit", filter.unitId());
            params.put("unitPath", "%/" + filter.unitId() + "/%");
        }
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case "enabled" -> " AND a.is_enabled";
                case "disabled" -> " AND NOT a.is_enabled";
                case "locked" -> " AND a.locked_until > :now";
                default -> "";
            });
        }
        return where.toString();
    }

    Optional<Account> find(long id, ScopeFilter scope, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("now", Timestamp.from(now));
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE a.id = :id AND " + scope.on("a.county_code", "a.unit_id")).params(params)
                .query(ManagedAccounts::account).optional();
    }

    /** Any account by username, for the command line, which acts outside any user's scope. */
    Optional<Account> byUsername(String username, Instant now) {
        return jdbc.sql(SELECT + " WHERE a.username = :u").param("now", Timestamp.from(now)).param("u", username)
                .query(ManagedAccounts::account).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM org_account WHERE lower(username) = lower(:u)").param("u", username)
                .query(Integer.class).single() > 0;
    }

    /** The username of an account already linked to this person, if any. */
    Optional<String> accountOfPerson(long personId) {
        return jdbc.sql("SELECT username FROM org_account WHERE person_id = :p LIMIT 1").param("p", personId)
                .query(String.class).optional();
    }

    /** Creates an account; {@code unitId} is {@code null} only for province-level accounts. */
    public long insert(String countyCode, String username, String passwordHash, String displayName, Long unitId,
                       Long personId, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO org_account (county_code, username, password_hash, display_name, unit_id, person_id,
                            password_changed_at, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, :h, :d, :unit, :person, :at, :at, :by, :at, :by) RETURNING id""")
                .param("c", countyCode).param("u", username).param("h", passwordHash).param("d", displayName)
                .param("unit", unitId, Types.BIGINT).param("person", personId, Types.BIGINT)
                .param("at", Timestamp.from(at)).param("by", actor).query(Long.class).single();
    }

    /** Replaces the account's roles. */
    public void setRoles(long accountId, Collection<Long> roleIds, String actor, Instant at) {
        jdbc.sql("DELETE FROM org_account_role WHERE account_id = :a").param("a", accountId).update();
        for (Long roleId : roleIds) {
            jdbc.sql("INSERT INTO org_account_role (account_id, role_id) VALUES (:a, :r)")
                    .param("a", accountId).param("r", roleId).update();
        }
        touch(accountId, actor, at);
    }

    void setPassword(long accountId, String passwordHash, String actor, Instant at) {
        jdbc.sql("""
                        UPDATE org_account SET password_hash = :h, password_changed_at = :at, failed_attempts = 0,
                            locked_until = NULL, updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id""")
                .param("h", passwordHash).param("at", Timestamp.from(at)).param("by", actor).param("id", accountId)
                .update();
    }

    void setEnabled(long accountId, boolean enabled, String actor, Instant at) {
        jdbc.sql("""
                        UPDATE org_account SET is_enabled = :e, updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id""")
                .param("e", enabled).param("at", Timestamp.from(at)).param("by", actor).param("id", accountId)
                .update();
    }

    void unlock(long accountId, String actor, Instant at) {
        jdbc.sql("""
                        UPDATE org_account SET failed_attempts = 0, locked_until = NULL, updated_at = :at, updated_by = :by,
                            version = version + 1
                        WHERE id = :id""")
                .param("at", Timestamp.from(at)).param("by", actor).param("id", accountId).update();
    }

    private void touch(long accountId, String actor, Instant at) {
        jdbc.sql("UPDATE org_account SET updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("at", Timestamp.from(at)).param("by", actor).param("id", accountId).update();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new Account(rs.getLong("id"), rs.getString("county_code"), rs.getString("username"),
                rs.getString("display_name"), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getObject("person_id", Long.class), rs.getString("person_name"), rs.getBoolean("is_enabled"),
                rs.getBoolean("locked"), last == null ? null : last.toInstant(), split(rs.getString("role_codes")),
                split(rs.getString("role_names")));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\u001f"));
    }
}
