package org.fazhi.enforcement.internal;

import org.fazhi.org.IdNumbers;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists of the registries for pages, exports and the portal, always within the reader's scope (登记信息查询). */
@Component
public class RegistryQueries {

    private final JdbcClient jdbc;

    RegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Body(long id, String name, String kindLabel, String unitName, @Nullable String entrustingUnitName,
                       @Nullable String creditCode, String legalBasis, String scope, LocalDate effectiveFrom,
                       String status) {
    }

    public record Officer(long id, String name, String idNumber, String bodyName, @Nullable String position,
                          boolean legalQualification, String status, @Nullable String certNo, @Nullable String areas,
                          @Nullable LocalDate expiresOn, String certState, BigDecimal hours) {
    }

    public record Certificate(long id, String certNo, String categoryLabel, String areas, LocalDate issuedOn,
                              LocalDate expiresOn, @Nullable Integer checkYear, @Nullable Boolean checkPassed,
                              @Nullable LocalDate suspendedFrom, @Nullable LocalDate suspendedTo,
                              @Nullable LocalDate endedOn, @Nullable String endKind, @Nullable String endReason,
                              String state) {
    }

    public record Learning(String title, LocalDate date, @Nullable BigDecimal hours, @Nullable BigDecimal score,
                           @Nullable Boolean passed) {
    }

    public record Power(long id, String code, String name, String typeLabel, String bodyName, String legalBasis,
                        LocalDate effectiveFrom, @Nullable String townships, String status) {
    }

    public record StandardSet(long id, String bodyName, String kindLabel, String title, int versionNo,
                              LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, String status,
                              String statusLabel, int items) {
    }

    public record StandardItem(int seq, @Nullable String powerCode, String violation, String circumstances,
                               String measure, String basis) {
    }

    public Page<Body> bodies(ScopeFilter scope, PageQuery page) {
        String where = " FROM enf_body b JOIN org_unit u ON u.id = b.unit_id LEFT JOIN org_unit e ON e.id = b.entrusting_unit_id "
                + "WHERE " + scope.on("b.county_code", "b.unit_id");
        return page(where, "SELECT b.*, u.name AS unit_name, e.name AS entrusting_name", " ORDER BY b.status, b.name", scope, page,
                (rs, n) -> new Body(rs.getLong("id"), rs.getString("name"), bodyKindLabel(rs.getString("kind")),
                        rs.getString("unit_name"), rs.getString("entrusting_name"), rs.getString("credit_code"),
                        rs.getString("legal_basis"), rs.getString("scope"), rs.getObject("effective_from", LocalDate.class),
                        "ACTIVE".equals(rs.getString("status")) ? "有效"
                                : ("REVOKED".equals(rs.getString("closed_kind")) ? "已撤销" : "已终止") + "（"
                                + rs.getObject("effective_to", LocalDate.class) + "）"));
    }

    static String bodyKindLabel(String kind) {
        return switch (kind) {
            case "AUTHORISED" -> "法律法规授权组织";
            case "ENTRUSTED" -> "受委托组织";
            default -> "法定行政机关";
        };
    }

    /** Officers with their newest certificate's state on {@code day} and training hours in {@code day}'s year. */
    public Page<Officer> officers(ScopeFilter scope, @Nullable String q, LocalDate day, boolean pii, PageQuery page) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("day", day);
        extra.put("yFrom", day.withDayOfYear(1));
        extra.put("yTo", day.withDayOfYear(day.lengthOfYear()));
        String filter = "";
        if (q != null && !q.isBlank()) {
            filter = " AND (o.name LIKE :q OR c.cert_no = :qe)";
            extra.put("q", Masking.likePrefix(q.trim()));
            extra.put("qe", q.trim());
        }
        String where = " FROM enf_officer o JOIN enf_body b ON b.id = o.body_id LEFT JOIN LATERAL (SELECT * FROM enf_certificate c "
                + "WHERE c.officer_id = o.id AND c.county_code = o.county_code AND c.category = 'ENFORCEMENT' "
                + "ORDER BY c.issued_on DESC, c.id DESC LIMIT 1) c ON TRUE WHERE " + scope.on("o.county_code", "o.unit_id") + filter;
        return page(where, "SELECT o.*, b.name AS body_name, c.cert_no, c.areas, c.issued_on, c.expires_on, c.suspended_from, "
                        + "c.suspended_to, c.ended_on, (SELECT COALESCE(sum(t.hours), 0) FROM enf_training t WHERE t.officer_id = o.id "
                        + "AND t.county_code = o.county_code AND t.completed_on BETWEEN :yFrom AND :yTo) AS hours",
                " ORDER BY o.status, b.name, o.name", scope, page, extra,
                (rs, n) -> new Officer(rs.getLong("id"), rs.getString("name"),
                        pii ? rs.getString("id_number") : IdNumbers.mask(rs.getString("id_number")), rs.getString("body_name"),
                        rs.getString("position"), rs.getBoolean("has_legal_qualification"), officerStatus(rs.getString("status")),
                        rs.getString("cert_no"), rs.getString("areas"), rs.getObject("expires_on", LocalDate.class),
                        rs.getString("cert_no") == null ? "无证" : certState(day, rs.getObject("issued_on", LocalDate.class),
                                rs.getObject("expires_on", LocalDate.class), rs.getObject("suspended_from", LocalDate.class),
                                rs.getObject("suspended_to", LocalDate.class), rs.getObject("ended_on", LocalDate.class)),
                        rs.getBigDecimal("hours")));
    }

    static String officerStatus(String s) {
        return switch (s) {
            case "RETIRED" -> "退休";
            case "TRANSFERRED" -> "调离";
            case "DISMISSED" -> "辞退";
            default -> "在岗";
        };
    }

    static String certState(LocalDate day, LocalDate issued, LocalDate expires, @Nullable LocalDate sFrom,
                            @Nullable LocalDate sTo, @Nullable LocalDate ended) {
        if (ended != null && !day.isBefore(ended)) {
            return "已注销收回";
        }
        if (day.isAfter(expires)) {
            return "已过期";
        }
        if (day.isBefore(issued)) {
            return "未生效";
        }
        if (sFrom != null && !day.isBefore(sFrom) && (sTo == null || !day.isAfter(sTo))) {
            return "暂扣中";
        }
        return "有效";
    }

    public Map<String, Object> officer(long id, ScopeFilter scope, boolean pii) {
        Map<String, Object> o = jdbc.sql("SELECT o.*, b.name AS body_name, u.name AS unit_name FROM enf_officer o "
                        + "JOIN enf_body b ON b.id = o.body_id JOIN org_unit u ON u.id = o.unit_id WHERE o.id = :id AND "
                        + scope.on("o.county_code", "o.unit_id"))
                .params(scope.params()).param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("执法人员不存在或不在您的数据范围内"));
        Map<String, Object> copy = new LinkedHashMap<>(o);
        if (!pii) {
            copy.put("id_number", IdNumbers.mask((String) o.get("id_number")));
        }
        copy.put("status_label", officerStatus((String) o.get("status")));
        return copy;
    }

    public List<Certificate> certificates(long officerId, String county, LocalDate day) {
        return jdbc.sql("SELECT * FROM enf_certificate WHERE officer_id = :o AND county_code = :c ORDER BY issued_on DESC, id DESC")
                .param("o", officerId).param("c", county)
                .query((rs, n) -> new Certificate(rs.getLong("id"), rs.getString("cert_no"),
                        "SUPERVISION".equals(rs.getString("category")) ? "行政执法监督证" : "行政执法证", rs.getString("areas"),
                        rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                        rs.getObject("last_annual_check_year", Integer.class),
                        rs.getObject("last_annual_check_passed", Boolean.class),
                        rs.getObject("suspended_from", LocalDate.class), rs.getObject("suspended_to", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class), rs.getString("end_kind"), rs.getString("end_reason"),
                        certState(day, rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                                rs.getObject("suspended_from", LocalDate.class), rs.getObject("suspended_to", LocalDate.class),
                                rs.getObject("ended_on", LocalDate.class))))
                .list();
    }

    public List<Learning> trainings(long officerId, String county) {
        return jdbc.sql("SELECT course, completed_on, hours FROM enf_training WHERE officer_id = :o AND county_code = :c "
                        + "ORDER BY completed_on DESC LIMIT 500")
                .param("o", officerId).param("c", county)
                .query((rs, n) -> new Learning(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), null, null))
                .list();
    }

    public List<Learning> exams(long officerId, String county) {
        return jdbc.sql("SELECT exam_name, exam_date, score, passed FROM enf_exam WHERE officer_id = :o AND county_code = :c "
                        + "ORDER BY exam_date DESC LIMIT 500")
                .param("o", officerId).param("c", county)
                .query((rs, n) -> new Learning(rs.getString(1), rs.getObject(2, LocalDate.class), null, rs.getBigDecimal(3),
                        rs.getBoolean(4)))
                .list();
    }

    public Page<Power> powers(ScopeFilter scope, @Nullable String q, PageQuery page) {
        Map<String, Object> extra = new LinkedHashMap<>();
        String filter = "";
        if (q != null && !q.isBlank()) {
            filter = " AND (p.code = :qe OR p.name LIKE :q)";
            extra.put("qe", q.trim());
            extra.put("q", "%" + Masking.likePrefix(q.trim()));
        }
        String where = " FROM enf_power p JOIN enf_body b ON b.id = p.body_id WHERE " + scope.on("p.county_code", "p.unit_id") + filter;
        return page(where, "SELECT p.*, b.name AS body_name, (SELECT string_agg(u.name, '、' ORDER BY u.sort_order) "
                        + "FROM enf_power_delegation d JOIN org_unit u ON u.id = d.township_unit_id WHERE d.power_id = p.id "
                        + "AND d.county_code = p.county_code AND d.revoked_on IS NULL) AS townships",
                " ORDER BY p.code", scope, page, extra,
                (rs, n) -> new Power(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        PowerType.valueOf(rs.getString("power_type")).label(), rs.getString("body_name"),
                        rs.getString("legal_basis"), rs.getObject("effective_from", LocalDate.class),
                        rs.getString("townships"), ("ACTIVE".equals(rs.getString("status")) ? "有效"
                                : "已废止（" + rs.getObject("effective_to", LocalDate.class) + "）") + " 第"
                                + (rs.getInt("version") + 1) + "版"));
    }

    public Page<StandardSet> standardSets(ScopeFilter scope, PageQuery page) {
        String where = " FROM enf_standard_set s JOIN enf_body b ON b.id = s.body_id WHERE " + scope.on("s.county_code", "s.unit_id");
        return page(where, "SELECT s.*, b.name AS body_name, (SELECT count(*) FROM enf_standard_item i WHERE i.set_id = s.id "
                        + "AND i.county_code = s.county_code) AS items",
                " ORDER BY b.name, s.kind, s.version_no DESC", scope, page, Map.of(), RegistryQueries::standardSet);
    }

    /** Published versions of a county, current first: for the portal (公开). */
    public List<StandardSet> publishedStandardSets(String county) {
        return jdbc.sql("SELECT s.*, b.name AS body_name, (SELECT count(*) FROM enf_standard_item i WHERE i.set_id = s.id "
                        + "AND i.county_code = s.county_code) AS items FROM enf_standard_set s JOIN enf_body b ON b.id = s.body_id "
                        + "WHERE s.county_code = :c AND s.status IN ('PUBLISHED', 'SUPERSEDED') "
                        + "ORDER BY s.status, b.name, s.kind, s.version_no DESC LIMIT 500")
                .param("c", county).query(RegistryQueries::standardSet).list();
    }

    public StandardSet standardSet(long id, @Nullable ScopeFilter scope, String county) {
        String where = scope == null ? "s.county_code = :c AND s.status IN ('PUBLISHED', 'SUPERSEDED')"
                : scope.on("s.county_code", "s.unit_id");
        Map<String, Object> p = new LinkedHashMap<>(scope == null ? Map.of() : scope.params());
        p.put("c", county);
        p.put("id", id);
        return jdbc.sql("SELECT s.*, b.name AS body_name, (SELECT count(*) FROM enf_standard_item i WHERE i.set_id = s.id "
                        + "AND i.county_code = s.county_code) AS items FROM enf_standard_set s JOIN enf_body b ON b.id = s.body_id "
                        + "WHERE s.id = :id AND " + where)
                .params(p).query(RegistryQueries::standardSet).optional()
                .orElseThrow(() -> BusinessException.notFound("基准或清单不存在或未公布"));
    }

    public List<StandardItem> standardItems(long setId, String county) {
        return jdbc.sql("SELECT seq, power_code, violation, circumstances, measure, basis FROM enf_standard_item "
                        + "WHERE set_id = :s AND county_code = :c ORDER BY seq")
                .param("s", setId).param("c", county)
                .query((rs, n) -> new StandardItem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    private static StandardSet standardSet(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("status");
        return new StandardSet(rs.getLong("id"), rs.getString("body_name"), StandardKind.valueOf(rs.getString("kind")).label(),
                rs.getString("title"), rs.getInt("version_no"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), status,
                switch (status) {
                    case "PUBLISHED" -> "现行有效";
                    case "SUPERSEDED" -> "已被新版本替代";
                    default -> "草稿";
                }, rs.getInt("items"));
    }

    private <T> Page<T> page(String from, String select, String order, ScopeFilter scope, PageQuery page,
                             org.springframework.jdbc.core.RowMapper<T> mapper) {
        return page(from, select, order, scope, page, Map.of(), mapper);
    }

    private <T> Page<T> page(String from, String select, String order, ScopeFilter scope, PageQuery page,
                             Map<String, Object> extra, org.springframework.jdbc.core.RowMapper<T> mapper) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.putAll(extra);
        long total = jdbc.sql("SELECT count(*)" + from).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<T> items = jdbc.sql(select + from + order + " LIMIT :limit OFFSET :offset").params(p).query(mapper).list();
        return Page.of(items, total, page);
    }
}
