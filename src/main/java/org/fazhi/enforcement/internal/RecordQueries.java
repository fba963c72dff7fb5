package org.fazhi.enforcement.internal;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.org.IdNumbers;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff lists and details of enforcement decisions (执法决定查询), always within the reader's data scope, with the
 * publicity light of each: red when the publication (or take-down) is overdue, yellow when at most three working days
 * remain, green otherwise, grey when done.
 */
@Component
public class RecordQueries {

    static final int YELLOW_DAYS = 3;

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final Clock clock;

    RecordQueries(JdbcClient jdbc, LegalCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Filters of the list page and the API. */
    public record Filter(@Nullable String q, @Nullable String kind, @Nullable String publicity, @Nullable LocalDate from,
                         @Nullable LocalDate to) {
    }

    /** A row of the staff list. */
    public record Row(long id, String kind, String kindLabel, String decisionNo, LocalDate decisionDate, String bodyName,
                      String partyName, String partyType, BigDecimal fineAmount, String status, String statusLabel,
                      LocalDate publicityDue, @Nullable LocalDate publishedOn, @Nullable LocalDate withdrawalDue,
                      @Nullable LocalDate withdrawnOn, String light, String publicityLabel, String source) {
    }

    /** A decision with everything the detail page shows. */
    public record Detail(long id, String countyCode, long unitId, String unitName, String kind, String kindLabel,
                         String bodyName, String powerCode, String powerName, @Nullable String townshipName,
                         String decisionNo, LocalDate decisionDate, String partyType, String partyName,
                         @Nullable String partyCreditCode, @Nullable String partyIdNumber, @Nullable String partyPhone,
                         @Nullable String partyAddress, String legalBasis, @Nullable String facts, String result,
                         BigDecimal fineAmount, BigDecimal confiscationAmount, boolean reviewRequired, boolean reviewDone,
                         @Nullable String reviewRef, @Nullable LocalDate reviewDate, String source, String status,
                         @Nullable LocalDate statusDate, @Nullable String statusReason, LocalDate publicityDue,
                         @Nullable LocalDate publishedOn, @Nullable LocalDate withdrawalDue,
                         @Nullable LocalDate withdrawnOn, @Nullable String withdrawalReason, String light,
                         String publicityLabel, List<Officer> officers, List<Item> items) {

        /** The same detail with personal information masked, for readers without {@code enforcement:pii}. */
        public Detail masked() {
            return new Detail(id, countyCode, unitId, unitName, kind, kindLabel, bodyName, powerCode, powerName,
                    townshipName, decisionNo, decisionDate, partyType, partyName, partyCreditCode,
                    partyIdNumber == null ? null : IdNumbers.mask(partyIdNumber), Masking.phone(partyPhone),
                    "PERSON".equals(partyType) ? Masking.address(partyAddress) : partyAddress, legalBasis, facts, result,
                    fineAmount, confiscationAmount, reviewRequired, reviewDone, reviewRef, reviewDate, source, status,
                    statusDate, statusReason, publicityDue, publishedOn, withdrawalDue, withdrawnOn, withdrawalReason,
                    light, publicityLabel, officers, items);
        }
    }

    public record Officer(String name, String certNo) {
    }

    public record Item(String stage, String media, String title, @Nullable String recordedAt, String uri, String sha256,
                       @Nullable Long size) {
    }

    public Page<Row> list(ScopeFilter scope, Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        StringBuilder where = new StringBuilder(" WHERE " + scope.on("r.county_code", "r.unit_id"));
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND (r.decision_no = :q OR r.party_name LIKE :qp OR r.party_credit_code = :qu)");
            params.put("q", filter.q().trim());
            params.put("qp", Masking.likePrefix(filter.q().trim()));
            params.put("qu", filter.q().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            RecordKind kind = RecordKind.parse(filter.kind()).orElseThrow(() -> BusinessException.invalid("决定类别不正确"));
            where.append(" AND r.kind = :kind");
            params.put("kind", kind.name());
        }
        if (filter.from() != null) {
            where.append(" AND r.decision_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND r.decision_date <= :to");
            params.put("to", filter.to());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate yellowLimit = calendar.addWorkingDays(today, YELLOW_DAYS);
        params.put("today", today);
        params.put("yellow", yellowLimit);
        if (filter.publicity() != null && !filter.publicity().isBlank()) {
            where.append(switch (filter.publicity()) {
                case "red" -> " AND ((r.published_on IS NULL AND r.status = 'EFFECTIVE' AND r.publicity_due < :today)"
                        + " OR (r.withdrawal_due IS NOT NULL AND r.withdrawn_on IS NULL AND r.withdrawal_due < :today))";
                case "yellow" -> " AND ((r.published_on IS NULL AND r.status = 'EFFECTIVE' AND r.publicity_due BETWEEN :today AND :yellow)"
                        + " OR (r.withdrawal_due IS NOT NULL AND r.withdrawn_on IS NULL AND r.withdrawal_due BETWEEN :today AND :yellow))";
                case "pending" -> " AND ((r.published_on IS NULL AND r.status = 'EFFECTIVE')"
                        + " OR (r.withdrawal_due IS NOT NULL AND r.withdrawn_on IS NULL))";
                case "late" -> " AND r.published_on > r.publicity_due";
                case "published" -> " AND r.published_on IS NOT NULL AND r.withdrawn_on IS NULL";
                default -> throw BusinessException.invalid("公示状态筛选不正确");
            });
        }
        long total = jdbc.sql("SELECT count(*) FROM enf_record r" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Row> rows = jdbc.sql("SELECT r.id, r.kind, r.decision_no, r.decision_date, b.name AS body_name, r.party_name, "
                        + "r.party_type, r.fine_amount, r.status, r.publicity_due, r.published_on, r.withdrawal_due, "
                        + "r.withdrawn_on, r.source FROM enf_record r JOIN enf_body b ON b.id = r.body_id" + where
                        + " ORDER BY r.decision_date DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> row(rs, today, yellowLimit)).list();
        return Page.of(rows, total, page);
    }

    private static Row row(ResultSet rs, LocalDate today, LocalDate yellow) throws SQLException {
        RecordKind kind = RecordKind.valueOf(rs.getString("kind"));
        String status = rs.getString("status");
        LocalDate due = rs.getObject("publicity_due", LocalDate.class);
        LocalDate published = rs.getObject("published_on", LocalDate.class);
        LocalDate wdue = rs.getObject("withdrawal_due", LocalDate.class);
        LocalDate withdrawn = rs.getObject("withdrawn_on", LocalDate.class);
        return new Row(rs.getLong("id"), kind.name(), kind.label(), rs.getString("decision_no"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("body_name"), rs.getString("party_name"),
                rs.getString("party_type"), rs.getBigDecimal("fine_amount"), status, statusLabel(status), due, published,
                wdue, withdrawn, light(status, due, published, wdue, withdrawn, today, yellow),
                publicityLabel(status, due, published, wdue, withdrawn), rs.getString("source"));
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "CHANGED" -> "已变更";
            case "REVOKED" -> "已撤销";
            default -> "有效";
        };
    }

    /** The light of the open publicity step: publication, or the take-down after a change. */
    static String light(String status, LocalDate due, @Nullable LocalDate published, @Nullable LocalDate wdue,
                        @Nullable LocalDate withdrawn, LocalDate today, LocalDate yellow) {
        LocalDate open = null;
        if (wdue != null && withdrawn == null) {
            open = wdue;
        } else if (published == null && "EFFECTIVE".equals(status)) {
            open = due;
        }
        if (open == null) {
            return "grey";
        }
        if (today.isAfter(open)) {
            return "red";
        }
        return open.isAfter(yellow) ? "green" : "yellow";
    }

    static String publicityLabel(String status, LocalDate due, @Nullable LocalDate published, @Nullable LocalDate wdue,
                                 @Nullable LocalDate withdrawn) {
        if (withdrawn != null) {
            return "已撤下（" + withdrawn + "）";
        }
        if (wdue != null) {
            return "待撤下（期限 " + wdue + "）";
        }
        if (published != null) {
            return published.isAfter(due) ? "逾期公示（" + published + "，期限 " + due + "）" : "按时公示（" + published + "）";
        }
        if (!"EFFECTIVE".equals(status)) {
            return "未公示（已变更或撤销）";
        }
        return "待公示（期限 " + due + "）";
    }

    /** One decision in the reader's scope; another unit's decision is reported as not found. */
    public Detail detail(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        LocalDate today = LocalDate.now(clock);
        LocalDate yellow = calendar.addWorkingDays(today, YELLOW_DAYS);
        Detail d = jdbc.sql("SELECT r.*, u.name AS unit_name, b.name AS body_name, p.code AS power_code, p.name AS power_name, "
                        + "t.name AS township_name FROM enf_record r JOIN org_unit u ON u.id = r.unit_id "
                        + "JOIN enf_body b ON b.id = r.body_id JOIN enf_power p ON p.id = r.power_id "
                        + "LEFT JOIN org_unit t ON t.id = r.township_unit_id WHERE r.id = :id AND "
                        + scope.on("r.county_code", "r.unit_id"))
                .params(params)
                .query((rs, n) -> detail(rs, today, yellow)).optional()
                .orElseThrow(() -> BusinessException.notFound("执法决定不存在或不在您的数据范围内"));
        List<Officer> officers = jdbc.sql("SELECT o.name, c.cert_no FROM enf_record_officer ro JOIN enf_officer o ON o.id = ro.officer_id "
                        + "JOIN enf_certificate c ON c.id = ro.certificate_id WHERE ro.record_id = :id AND ro.county_code = :c "
                        + "ORDER BY o.name")
                .param("id", id).param("c", d.countyCode())
                .query((rs, n) -> new Officer(rs.getString(1), rs.getString(2))).list();
        List<Item> items = jdbc.sql("SELECT stage, media, title, to_char(recorded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), storage_uri, sha256, "
                        + "size_bytes FROM enf_record_item "
                        + "WHERE record_id = :id AND county_code = :c ORDER BY recorded_at NULLS LAST, id")
                .param("id", id).param("c", d.countyCode())
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class))).list();
        return new Detail(d.id(), d.countyCode(), d.unitId(), d.unitName(), d.kind(), d.kindLabel(), d.bodyName(),
                d.powerCode(), d.powerName(), d.townshipName(), d.decisionNo(), d.decisionDate(), d.partyType(),
                d.partyName(), d.partyCreditCode(), d.partyIdNumber(), d.partyPhone(), d.partyAddress(), d.legalBasis(),
                d.facts(), d.result(), d.fineAmount(), d.confiscationAmount(), d.reviewRequired(), d.reviewDone(),
                d.reviewRef(), d.reviewDate(), d.source(), d.status(), d.statusDate(), d.statusReason(),
                d.publicityDue(), d.publishedOn(), d.withdrawalDue(), d.withdrawnOn(), d.withdrawalReason(), d.light(),
                d.publicityLabel(), officers, items);
    }

    private static Detail detail(ResultSet rs, LocalDate today, LocalDate yellow) throws SQLException {
        RecordKind kind = RecordKind.valueOf(rs.getString("kind"));
        String status = rs.getString("status");
        LocalDate due = rs.getObject("publicity_due", LocalDate.class);
        LocalDate published = rs.getObject("published_on", LocalDate.class);
        LocalDate wdue = rs.getObject("withdrawal_due", LocalDate.class);
        LocalDate withdrawn = rs.getObject("withdrawn_on", LocalDate.class);
        return new Detail(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"), rs.getString("unit_name"),
                kind.name(), kind.label(), rs.getString("body_name"), rs.getString("power_code"),
                rs.getString("power_name"), rs.getString("township_name"), rs.getString("decision_no"),
                rs.getObject("decision_date", LocalDate.class), rs.getString("party_type"), rs.getString("party_name"),
                rs.getString("party_credit_code"), rs.getString("party_id_number"), rs.getString("party_phone"),
                rs.getString("party_address"), rs.getString("legal_basis"), rs.getString("facts"),
                rs.getString("result"), rs.getBigDecimal("fine_amount"), rs.getBigDecimal("confiscation_amount"),
                rs.getBoolean("review_required"), rs.getBoolean("review_done"), rs.getString("review_ref"),
                rs.getObject("review_date", LocalDate.class), rs.getString("source"), status,
                rs.getObject("status_date", LocalDate.class), rs.getString("status_reason"), due, published, wdue,
                withdrawn, rs.getString("withdrawal_reason"), light(status, due, published, wdue, withdrawn, today, yellow),
                publicityLabel(status, due, published, wdue, withdrawn), List.of(), List.of());
    }
}
