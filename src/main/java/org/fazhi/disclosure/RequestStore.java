package org.fazhi.disclosure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code disc_request} and its children; every read by id goes through the caller's scope. */
@Component
class RequestStore {

    static final String COLUMNS = "r.id, r.county_code, r.unit_id, r.number, r.channel, r.channel_date, r.received_on, "
            + "r.clock_start, r.applicant_type, r.applicant_name, r.id_type, r.id_number, r.contact_person, r.phone, r.email, "
            + "r.address, r.description, r.form_wanted, r.delivery_wanted, r.status, r.reply_due, r.extension_days, "
            + "r.extension_approver, r.extension_approved_on, r.extension_reason, r.extension_notified_on, r.cure_notice_on, "
            + "r.cure_items, r.cure_due, r.cured_on, r.excessive, r.excessive_reasons_asked_on, r.excessive_note, "
            + "r.delayed_due, r.reply_type, r.withhold_grounds, r.legal_basis, r.reply_text, r.withheld_reasons, "
            + "r.repeat_of, r.report_row, r.concluded_on, r.closing_note, r.version";

    private final JdbcClient jdbc;
    private final Clock clock;

    RequestStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<DisclosureRequest> find(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_request r WHERE r.id = :id AND "
                        + scope.on("r.county_code", "r.unit_id"))
                .params(params).query(RequestStore::map).optional();
    }

    DisclosureRequest get(long id, ScopeFilter scope) {
        return find(id, scope).orElseThrow(() -> BusinessException.notFound("政府信息公开申请不存在或不在您的数据范围内"));
    }

    /** For the portal: by number and county only; the caller checks the verification code. */
    Optional<DisclosureRequest> byNumber(String countyCode, String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_request r WHERE r.county_code = :county AND r.number = :number")
                .param("county", countyCode).param("number", number).query(RequestStore::map).optional();
    }

    Optional<String> verificationHash(long id) {
        return jdbc.sql("SELECT verification_hash FROM disc_request WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /**
     * Updates the given columns of a request if its version is still {@code version} (optimistic lock); column names
     * come from code, never from input.
     */
    void update(DisclosureRequest r, Map<String, @Nullable Object> columns, String actor) {
        StringBuilder sql = new StringBuilder("UPDATE disc_request SET ");
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable Object> e : columns.entrySet()) {
            sql.append(e.getKey()).append(" = :").append(e.getKey()).append(", ");
            Object value = e.getValue();
            params.put(e.getKey(), value instanceof Enum<?> en ? en.name() : value);
        }
        sql.append("updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1 WHERE id = :id AND version = :version");
        params.put("updatedAt", Timestamp.from(clock.instant()));
        params.put("updatedBy", actor);
        params.put("id", r.id());
        params.put("version", r.version());
        int rows = jdbc.sql(sql.toString()).params(params).update();
        if (rows != 1) {
            throw BusinessException.conflict("该申请已被他人修改，请刷新后重试");
        }
    }

    List<Consultation> consultations(long requestId) {
        return jdbc.sql("""
                        SELECT id, request_id, kind, party, sent_on, party_received_on, due, answered_on, result, opinion
                        FROM disc_consultation WHERE request_id = :id ORDER BY id""")
                .param("id", requestId)
                .query((rs, n) -> new Consultation(rs.getLong("id"), rs.getLong("request_id"),
                        Consultation.Kind.valueOf(rs.getString("kind")), rs.getString("party"), date(rs, "sent_on"),
                        date(rs, "party_received_on"), date(rs, "due"), date(rs, "answered_on"),
                        rs.getString("result") == null ? null : Consultation.Result.valueOf(rs.getString("result")),
                        rs.getString("opinion")))
                .list();
    }

    List<FeeRecord> fees(long requestId) {
        return jdbc.sql("""
                        SELECT id, request_id, method, quantity, amount, calculation, notice_on, pay_due, paid_on, status
                        FROM disc_fee WHERE request_id = :id ORDER BY id""")
                .param("id", requestId)
                .query((rs, n) -> new FeeRecord(rs.getLong("id"), rs.getLong("request_id"),
                        FeeScale.Method.valueOf(rs.getString("method")), rs.getInt("quantity"), rs.getBigDecimal("amount"),
                        rs.getString("calculation"), date(rs, "notice_on"), date(rs, "pay_due"), date(rs, "paid_on"),
                        rs.getString("status")))
                .list();
    }

    void step(DisclosureRequest r, long unitId, String action, LocalDate on, String detail, String actor) {
        jdbc.sql("""
                        INSERT INTO disc_step (county_code, unit_id, request_id, action, occurred_on, detail, actor, recorded_at)
                        VALUES (:county, :unit, :request, :action, :on, :detail, :actor, :at)""")
                .param("county", r.countyCode()).param("unit", unitId).param("request", r.id()).param("action", action)
                .param("on", on).param("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .param("actor", actor).param("at", Timestamp.from(clock.instant())).update();
    }

    static DisclosureRequest map(ResultSet rs, int n) throws SQLException {
        return new DisclosureRequest(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("number"), Channel.valueOf(rs.getString("channel")), date(rs, "channel_date"),
                date(rs, "received_on"), date(rs, "clock_start"), ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"), rs.getString("id_type"), rs.getString("id_number"),
                rs.getString("contact_person"), rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                rs.getString("description"), rs.getString("form_wanted"), rs.getString("delivery_wanted"),
                RequestStatus.valueOf(rs.getString("status")), date(rs, "reply_due"), rs.getInt("extension_days"),
                rs.getString("extension_approver"), date(rs, "extension_approved_on"), rs.getString("extension_reason"),
                date(rs, "extension_notified_on"), date(rs, "cure_notice_on"), rs.getString("cure_items"),
                date(rs, "cure_due"), date(rs, "cured_on"), rs.getBoolean("excessive"),
                date(rs, "excessive_reasons_asked_on"), rs.getString("excessive_note"), date(rs, "delayed_due"),
                rs.getString("reply_type") == null ? null : ReplyType.valueOf(rs.getString("reply_type")),
                rs.getString("withhold_grounds"), rs.getString("legal_basis"), rs.getString("reply_text"),
                rs.getString("withheld_reasons"), rs.getString("repeat_of"),
                rs.getString("report_row") == null ? null : ReportRow.valueOf(rs.getString("report_row")),
                date(rs, "concluded_on"), rs.getString("closing_note"), rs.getInt("version"));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
