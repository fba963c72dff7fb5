package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ending registry entries (登记项的撤销、终止、废止和收回). Nothing is deleted: the entry keeps its row with the date and
 * the reason, decisions made before stay as they are, and decisions dated after are refused from then on
 * (RecordRules). Each action is a line of the registry history ({@code enf_registry_event}) and an audit entry.
 * <ul>
 *   <li>执法主体撤销或终止 — a body loses its standing when the law or the authorisation is changed, the entrustment
 *       ends (行政处罚法第二十条: 委托书应当载明委托的具体事项、权限、期限), or the organ is merged in a reform.</li>
 *   <li>执法事项废止 — a power leaves the item list when its legal basis is repealed or the power is cancelled
 *       (执法事项清单动态调整).</li>
 *   <li>乡镇赋权收回 — a power delegated to a township (行政处罚法第二十四条) is taken back when the township cannot
 *       exercise it effectively (“对不能有效承接的，应当及时收回”, 《关于加强基层治理体系和治理能力现代化建设的意见》).</li>
 * </ul>
 */
@Service
class RegistryActions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryActions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One line of the registry history. */
    record HistoryLine(long id, String objectType, long objectId, String objectName, String action, String actionLabel,
                       LocalDate effectiveDate, String reason, String createdBy, String createdAt) {
    }

    /** 撤销 ({@code REVOKED}) or 终止 ({@code TERMINATED}) an enforcement body on {@code day}. */
    @Transactional
    public void closeBody(long bodyId, @Nullable String kind, @Nullable LocalDate day, @Nullable String reason,
                          CurrentUser user) {
        if (!"REVOKED".equals(kind) && !"TERMINATED".equals(kind)) {
            throw BusinessException.invalid("请选择“撤销”或“终止”");
        }
        String why = reason(reason);
        ScopeFilter scope = user.filter();
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("id", bodyId);
        Object[] b = jdbc.sql("SELECT b.county_code, b.unit_id, b.name, b.effective_from, b.status FROM enf_body b "
                        + "WHERE b.id = :id AND " + scope.on("b.county_code", "b.unit_id"))
                .params(p).query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)}).optional()
                .orElseThrow(() -> BusinessException.notFound("执法主体不存在或不在您的管理范围内"));
        if (!"ACTIVE".equals(b[4])) {
            throw BusinessException.conflict("执法主体“" + b[2] + "”已经撤销或终止");
        }
        checkDay(day, (LocalDate) b[3], "执法主体的确认日期");
        LocalDate last = jdbc.sql("SELECT max(decision_date) FROM enf_record WHERE county_code = :c AND body_id = :id")
                .param("c", b[0]).param("id", bodyId).query(LocalDate.class).optional().orElse(null);
        if (last != null && last.isAfter(day)) {
            throw BusinessException.conflict("执法主体“" + b[2] + "”在 " + day + " 之后还作出过执法决定（最后一件 " + last
                    + "），撤销或终止日期不能早于该决定日期");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE enf_body SET status = 'CLOSED', effective_to = :d, closed_kind = :k, closed_reason = :r, "
                        + "updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id AND county_code = :c")
                .param("d", day).param("k", kind).param("r", why).param("now", now).param("by", user.username())
                .param("id", bodyId).param("c", b[0]).update();
        String label = "REVOKED".equals(kind) ? "撤销" : "终止";
        history((String) b[0], (Long) b[1], "enf_body", bodyId, (String) b[2], "BODY_" + kind, day, why, now, user);
        audit(user, "enforcement.body.closed", "enf_body", bodyId, "执法主体“" + b[2] + "”于 " + day + " " + label + "：" + why);
    }

    /** 废止 a power of the item list on {@code day}: decisions dated after it are refused. */
    @Transactional
    public void repealPower(long powerId, @Nullable LocalDate day, @Nullable String reason, CurrentUser user) {
        String why = reason(reason);
        ScopeFilter scope = user.filter();
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("id", powerId);
        Object[] w = jdbc.sql("SELECT w.county_code, w.unit_id, w.code || ' ' || w.name, w.effective_from, w.status "
                        + "FROM enf_power w WHERE w.id = :id AND " + scope.on("w.county_code", "w.unit_id"))
                .params(p).query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)}).optional()
                .orElseThrow(() -> BusinessException.notFound("执法事项不存在或不在您的管理范围内"));
        if (!"ACTIVE".equals(w[4])) {
            throw BusinessException.conflict("执法事项“" + w[2] + "”已经废止");
        }
        checkDay(day, (LocalDate) w[3], "执法事项的生效日期");
        LocalDate last = jdbc.sql("SELECT max(decision_date) FROM enf_record WHERE county_code = :c AND power_id = :id")
                .param("c", w[0]).param("id", powerId).query(LocalDate.class).optional().orElse(null);
        if (last != null && last.isAfter(day)) {
            throw BusinessException.conflict("执法事项“" + w[2] + "”在 " + day + " 之后还有执法决定（最后一件 " + last
                    + "），废止日期不能早于该决定日期");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE enf_power SET status = 'REPEALED', effective_to = :d, repeal_reason = :r, updated_at = :now, "
                        + "updated_by = :by, version = version + 1 WHERE id = :id AND county_code = :c")
                .param("d", day).param("r", why).param("now", now).param("by", user.username()).param("id", powerId)
                .param("c", w[0]).update();
        history((String) w[0], (Long) w[1], "enf_power", powerId, (String) w[2], "POWER_REPEALED", day, why, now, user);
        audit(user, "enforcement.power.repealed", "enf_power", powerId, "执法事项“" + w[2] + "”于 " + day + " 废止：" + why);
    }

    /** 收回 the delegation of a power to a township on {@code day}: from that day the township may not use it. */
    @Transactional
    public void revokeDelegation(long powerId, long townshipUnitId, @Nullable LocalDate day, @Nullable String reason,
                                 CurrentUser user) {
        String why = reason(reason);
        ScopeFilter scope = user.filter();
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("id", powerId);
        p.put("t", townshipUnitId);
        Object[] d = jdbc.sql("SELECT d.id, w.county_code, w.unit_id, w.code || ' ' || w.name || ' → ' || t.name, "
                        + "d.delegated_on FROM enf_power_delegation d JOIN enf_power w ON w.id = d.power_id "
                        + "JOIN org_unit t ON t.id = d.township_unit_id WHERE d.power_id = :id AND d.township_unit_id = :t "
                        + "AND d.revoked_on IS NULL AND d.county_code = w.county_code AND "
                        + scope.on("w.county_code", "w.unit_id"))
                .params(p).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)}).optional()
                .orElseThrow(() -> BusinessException.notFound("该事项没有向这个乡镇（街道）赋权，或不在您的管理范围内"));
        if (day == null || !day.isAfter((LocalDate) d[4])) {
            throw BusinessException.invalid("收回日期应晚于赋权日期 " + d[4]);
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid("收回日期不能晚于今天");
        }
        LocalDate last = jdbc.sql("SELECT max(r.decision_date) FROM enf_record r JOIN enf_body b ON b.id = r.body_id "
                        + "WHERE r.county_code = :c AND r.power_id = :id AND b.unit_id = :t")
                .param("c", d[1]).param("id", powerId).param("t", townshipUnitId).query(LocalDate.class).optional()
                .orElse(null);
        if (last != null && !last.isBefore(day)) {
            throw BusinessException.conflict("该乡镇（街道）在 " + day + " 及之后还以该事项作出过决定（最后一件 " + last
                    + "），收回日期应晚于该决定日期");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE enf_power_delegation SET revoked_on = :d, revoke_reason = :r WHERE id = :id")
                .param("d", day).param("r", why).param("id", d[0]).update();
        jdbc.sql("UPDATE enf_power SET updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("now", now).param("by", user.username()).param("id", powerId).update();
        history((String) d[1], (Long) d[2], "enf_power_delegation", (Long) d[0], (String) d[3], "DELEGATION_REVOKED",
                day, why, now, user);
        audit(user, "enforcement.delegation.revoked", "enf_power_delegation", (Long) d[0],
                "收回乡镇赋权 " + d[3] + "（" + day + "）：" + why);
    }

    /** The registry history in the reader's scope, newest first. */
    Page<HistoryLine> history(ScopeFilter scope, PageQuery page) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        String where = " FROM enf_registry_event e WHERE " + scope.on("e.county_code", "e.unit_id");
        long total = jdbc.sql("SELECT count(*)" + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<HistoryLine> rows = jdbc.sql("SELECT e.id, e.object_type, e.object_id, e.object_name, e.action, e.effective_date, "
                        + "e.reason, e.created_by, to_char(e.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')"
                        + where + " ORDER BY e.created_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .params(p).query((rs, n) -> new HistoryLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), actionLabel(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getString(8), rs.getString(9))).list();
        return Page.of(rows, total, page);
    }

    static String actionLabel(String action) {
        return switch (action) {
            case "BODY_REVOKED" -> "执法主体撤销";
            case "BODY_TERMINATED" -> "执法主体终止";
            case "POWER_REPEALED" -> "执法事项废止";
            case "DELEGATION_REVOKED" -> "乡镇赋权收回";
            default -> action;
        };
    }

    private void checkDay(@Nullable LocalDate day, LocalDate from, String label) {
        if (day == null) {
            throw BusinessException.invalid("请填写日期");
        }
        if (day.isBefore(from)) {
            throw BusinessException.invalid("日期不能早于" + label + " " + from);
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid("日期不能晚于今天");
        }
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw BusinessException.invalid("请填写理由（不超过500字）");
        }
        return reason.strip();
    }

    private void history(String county, long unitId, String type, long objectId, String name, String action,
                         LocalDate day, String reason, Timestamp now, CurrentUser user) {
        jdbc.sql("INSERT INTO enf_registry_event (county_code, unit_id, object_type, object_id, object_name, action, "
                        + "effective_date, reason, created_at, created_by) VALUES (:c, :u, :t, :o, :n, :a, :d, :r, :now, :by)")
                .param("c", county).param("u", unitId).param("t", type).param("o", objectId)
                .param("n", name.length() > 300 ? name.substring(0, 300) : name).param("a", action).param("d", day)
                .param("r", reason).param("now", now).param("by", user.username()).update();
    }

    private void audit(CurrentUser user, String action, String type, long id, String summary) {
        events.publishEvent(new EnforcementChanged(user.countyCode(), user.username(), action, type, Long.toString(id),
                summary));
    }
}
