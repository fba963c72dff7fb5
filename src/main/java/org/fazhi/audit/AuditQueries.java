package org.fazhi.audit;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SQL predicates for reading the audit log (审计日志数据范围). Audit entries belong to an actor and a county, not to a
 * unit, so the unit-based {@link org.fazhi.org.ScopeFilter#on} does not fit; the scope is applied here, in SQL, on the
 * tenant column first:
 * <ul>
 *   <li>{@link DataScope#PROVINCE}: entries of every county of the province;</li>
 *   <li>{@link DataScope#COUNTY}: entries of the user's county;</li>
 *   <li>narrower scopes: only the user's own actions in the user's county.</li>
 * </ul>
 * Holders of {@code audit:verify} (the auditors) with county or province scope also see platform-wide entries
 * ({@value #PLATFORM}), such as failed logins under unknown usernames, which belong to no county.
 */
final class AuditQueries {

    /** County code of platform-wide actions, see {@link org.fazhi.shared.AuditableEvent#countyCode()}. */
    static final String PLATFORM = "000000";

    private AuditQueries() {
    }

    /** A WHERE clause (without the keyword) and its named parameters. */
    record Where(String sql, Map<String, Object> params) {
    }

    /** Entries visible to the user that match the filters, on alias {@code e}. */
    static Where entries(CurrentUser user, AuditSearch.Valid filters, ZoneId zone) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(scope(user, "e.county_code", params));
        AuditSearch s = filters.search();
        if (filters.from() != null) {
            sql.append(" AND e.occurred_at >= :from");
            params.put("from", filters.from().atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC));
        }
        if (filters.to() != null) {
            sql.append(" AND e.occurred_at < :to");
            params.put("to", filters.to().plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC));
        }
        if (s.actor() != null) {
            sql.append(" AND e.actor = :actor");
            params.put("actor", s.actor());
        }
        if (s.action() != null) {
            sql.append(" AND (e.action = :action OR e.action LIKE :actionPrefix)");
            params.put("action", s.action());
            params.put("actionPrefix", likeEscaped(s.action()) + ".%");
        }
        if (s.objectType() != null) {
            sql.append(" AND e.object_type = :objectType");
            params.put("objectType", s.objectType());
        }
        if (s.objectId() != null) {
            sql.append(" AND e.object_id = :objectId");
            params.put("objectId", s.objectId());
        }
        if (s.q() != null) {
            sql.append(" AND e.summary ILIKE :q");
            params.put("q", "%" + likeEscaped(s.q()) + "%");
        }
        return new Where(sql.toString(), params);
    }

    /** Chains the user may verify, on column {@code c.code}. */
    static Where chains(CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        String county = switch (user.scope()) {
            case PROVINCE -> "c.code LIKE :scopeProvince";
            default -> "c.code = :scopeCounty";
        };
        params.put("scopeCounty", user.countyCode());
        params.put("scopeProvince", user.countyCode().substring(0, 2) + "%");
        params.put("platform", PLATFORM);
        return new Where("(" + county + " OR c.code = :platform)", params);
    }

    private static String scope(CurrentUser user, String column, Map<String, Object> params) {
        params.put("scopeCounty", user.countyCode());
        String own = switch (user.scope()) {
            case PROVINCE -> {
                params.put("scopeProvince", user.countyCode().substring(0, 2) + "%");
                yield column + " LIKE :scopeProvince";
            }
            case COUNTY -> column + " = :scopeCounty";
            case UNIT_AND_BELOW, OWN_UNIT -> {
                params.put("scopeActor", user.username());
                yield column + " = :scopeCounty AND e.actor = :scopeActor";
            }
        };
        boolean wide = user.scope() == DataScope.PROVINCE || user.scope() == DataScope.COUNTY;
        if (wide && user.can(AuditPermissions.VERIFY)) {
            params.put("platform", PLATFORM);
            return "((" + own + ") OR " + column + " = :platform)";
        }
        return "(" + own + ")";
    }

    /** Escapes LIKE wildcards ({@code \} is PostgreSQL's default LIKE escape). */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
