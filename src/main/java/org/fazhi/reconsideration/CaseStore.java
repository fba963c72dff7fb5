package org.fazhi.reconsideration;

import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the case tables ({@code recon_*}). Every read by id takes the caller's scope. */
@Repository
class CaseStore {

    static final String COLUMNS = """
            c.id, c.county_code, c.unit_id, c.office_unit_id, c.number, c.channel, c.status, c.procedure_kind,
            c.applicant_summary, c.request_text, c.facts_text, c.act_type, c.act_number, c.act_title, c.act_date,
            c.known_on, c.informed_of_rights, c.real_property, c.field, c.amount_yuan, c.period_result, c.period_ok,
            c.received_on, c.review_start_on, c.accepted_on, c.deemed_accepted, c.copy_served_on, c.answer_received_on,
            c.hearing_on, c.hearing_place, c.hearing_held_on, c.extension_days, c.extension_approver, c.decision_type,
            c.decided_on, c.decision_basis, c.closed_on, c.outcome_note, c.e_service_consent, c.published, c.version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(Map<String, Object> values, String actor) {
        Map<String, Object> row = new LinkedHashMap<>(values);
        Timestamp now = Timestamp.from(clock.instant());
        row.put("created_at", now);
        row.put("created_by", actor);
        row.put("updated_at", now);
        row.put("updated_by", actor);
        String columns = String.join(", ", row.keySet());
        String params = ":" + String.join(", :", row.keySet());
        return jdbc.sql("INSERT INTO recon_case (" + columns + ") VALUES (" + params + ") RETURNING id")
                .params(row).query(Long.class).single();
    }

    Optional<ReconCase> find(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM recon_case c WHERE c.id = :id AND " + scope.on("c.county_code", "c.unit_id"))
                .params(params).query(CaseStore::map).optional();
    }

    ReconCase get(long id, ScopeFilter scope) {
        return find(id, scope).orElseThrow(() -> BusinessException.notFound("行政复议案件不存在或不在您的数据范围内"));
    }

    /** The case locked for a change; the caller has already checked the scope. */
    ReconCase lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recon_case c WHERE c.id = :id FOR UPDATE").param("id", id)
                .query(CaseStore::map).single();
    }

    Optional<ReconCase> byNumber(String countyCode, String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recon_case c WHERE c.county_code = :county AND c.number = :number")
                .param("county", countyCode).param("number", number).query(CaseStore::map).optional();
    }

    @Nullable String verifyHash(long id) {
        return jdbc.sql("SELECT verify_hash FROM recon_case WHERE id = :id").param("id", id).query(String.class)
                .optional().orElse(null);
    }

    /** Sets columns of a case; the names come from code, never from input. */
    void update(ReconCase current, Map<String, @Nullable Object> columns, String actor) {
        StringBuilder set = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        columns.forEach((column, value) -> {
            set.append(column).append(" = :").append(column).append(", ");
            params.put(column, value instanceof Enum<?> e ? e.name() : value);
        });
        params.put("id", current.id());
        params.put("version", current.version());
        params.put("updatedAt", Timestamp.from(clock.instant()));
        params.put("updatedBy", actor);
        int changed = jdbc.sql("UPDATE recon_case SET " + set + "updated_at = :updatedAt, updated_by = :updatedBy, "
                + "version = version + 1 WHERE id = :id AND version = :version").params(params).update();
        if (changed != 1) {
            throw BusinessException.conflict("案件已被他人修改，请刷新后重试");
        }
    }

    void addParty(String county, long caseId, String role, String kind, String name, @Nullable String idNumber,
                  @Nullable String phone, @Nullable String address) {
        jdbc.sql("""
                        INSERT INTO recon_party (county_code, case_id, role, kind, name, id_number, phone, address)
                        VALUES (:county, :caseId, :role, :kind, :name, :idNumber, :phone, :address)""")
                .param("county", county).param("caseId", caseId).param("role", role).param("kind", kind)
                .param("name", name).param("idNumber", idNumber).param("phone", phone).param("address", address)
                .update();
    }

    List<CaseView.Party> parties(long caseId) {
        return jdbc.sql("SELECT id, role, kind, name, id_number, phone, address FROM recon_party WHERE case_id = :id ORDER BY id")
                .param("id", caseId).query(CaseView.Party.class).list();
    }

    void addStep(String county, long caseId, String action, LocalDate on, String summary, String actor) {
        jdbc.sql("""
                        INSERT INTO recon_step (county_code, case_id, action, on_date, summary, actor, acted_at)
                        VALUES (:county, :caseId, :action, :on, :summary, :actor, :at)""")
                .param("county", county).param("caseId", caseId).param("action", action).param("on", on)
                .param("summary", summary.length() > 1000 ? summary.substring(0, 1000) : summary)
                .param("actor", actor).param("at", Timestamp.from(clock.instant())).update();
    }

    List<CaseView.Step> steps(long caseId) {
        return jdbc.sql("SELECT id, action, on_date, summary, actor FROM recon_step WHERE case_id = :id ORDER BY on_date, id")
                .param("id", caseId).query(CaseView.Step.class).list();
    }

    void saveClock(String county, long caseId, String kind, long unitId, LocalDate startOn, LocalDate due,
                   String citation, String explanation) {
        jdbc.sql("""
                        INSERT INTO recon_deadline (county_code, case_id, kind, unit_id, start_on, due, citation, explanation, status)
                        VALUES (:county, :caseId, :kind, :unit, :start, :due, :citation, :explanation, 'OPEN')
                        ON CONFLICT (county_code, case_id, kind) DO UPDATE SET unit_id = EXCLUDED.unit_id,
                            start_on = EXCLUDED.start_on, due = EXCLUDED.due, citation = EXCLUDED.citation,
                            explanation = EXCLUDED.explanation, status = 'OPEN', closed_on = NULL""")
                .param("county", county).param("caseId", caseId).param("kind", kind).param("unit", unitId)
                .param("start", startOn).param("due", due).param("citation", citation)
                .param("explanation", explanation).update();
    }

    /** Marks an open clock DONE, STOPPED or CANCELLED; returns whether one was open. */
    boolean closeClock(long caseId, String kind, String status, LocalDate on) {
        return jdbc.sql("""
                        UPDATE recon_deadline SET status = :status, closed_on = :on
                        WHERE case_id = :caseId AND kind = :kind AND status = 'OPEN'""")
                .param("status", status).param("on", on).param("caseId", caseId).param("kind", kind).update() > 0;
    }

    List<CaseView.ClockRow> clocks(long caseId) {
        return jdbc.sql("""
                        SELECT id, kind, unit_id, start_on, due, citation, explanation, status, closed_on
                        FROM recon_deadline WHERE case_id = :id ORDER BY id""")
                .param("id", caseId).query(CaseView.ClockRow.class).list();
    }

    Optional<CaseView.ClockRow> clock(long caseId, String kind) {
        return clocks(caseId).stream().filter(c -> c.kind().equals(kind)).findFirst();
    }

    List<String> openClockKinds(long caseId) {
        return jdbc.sql("SELECT kind FROM recon_deadline WHERE case_id = :id AND status = 'OPEN'").param("id", caseId)
                .query(String.class).list();
    }

    void openStop(String county, long caseId, String kind, LocalDate from, String reason) {
        jdbc.sql("INSERT INTO recon_stop (county_code, case_id, kind, from_on, reason) VALUES (:county, :caseId, :kind, :from, :reason)")
                .param("county", county).param("caseId", caseId).param("kind", kind).param("from", from)
                .param("reason", reason).update();
    }

    void closeStop(long caseId, String kind, LocalDate to) {
        jdbc.sql("UPDATE recon_stop SET to_on = :to WHERE case_id = :caseId AND kind = :kind AND to_on IS NULL")
                .param("to", to).param("caseId", caseId).param("kind", kind).update();
    }

    List<CaseView.Stop> stops(long caseId) {
        return jdbc.sql("SELECT id, kind, from_on, to_on, reason FROM recon_stop WHERE case_id = :id ORDER BY from_on, id")
                .param("id", caseId).query(CaseView.Stop.class).list();
    }

    long addDocument(String county, long caseId, String kind, long documentId, long attachmentId, String title,
                     @Nullable String number, LocalDate date) {
        return jdbc.sql("""
                        INSERT INTO recon_document (county_code, case_id, kind, document_id, attachment_id, title, number_text, document_date)
                        VALUES (:county, :caseId, :kind, :doc, :att, :title, :number, :date) RETURNING id""")
                .param("county", county).param("caseId", caseId).param("kind", kind).param("doc", documentId)
                .param("att", attachmentId).param("title", title).param("number", number).param("date", date)
                .query(Long.class).single();
    }

    List<CaseView.Doc> documents(long caseId) {
        return jdbc.sql("""
                        SELECT id, kind, document_id, attachment_id, title, number_text, document_date
                        FROM recon_document WHERE case_id = :id ORDER BY id""")
                .param("id", caseId).query(CaseView.Doc.class).list();
    }

    void addService(String county, long caseId, long documentId, String recipient, ServiceMethod method,
                    LocalDate servedOn, String proof, String actor) {
        jdbc.sql("""
                        INSERT INTO recon_service (county_code, case_id, document_id, recipient, method, served_on, proof, recorded_by, recorded_at)
                        VALUES (:county, :caseId, :doc, :recipient, :method, :on, :proof, :by, :at)""")
                .param("county", county).param("caseId", caseId).param("doc", documentId).param("recipient", recipient)
                .param("method", method.name()).param("on", servedOn).param("proof", proof).param("by", actor)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    List<CaseView.Service> services(long caseId) {
        return jdbc.sql("SELECT id, document_id, recipient, method, served_on, proof FROM recon_service WHERE case_id = :id ORDER BY id")
                .param("id", caseId).query(CaseView.Service.class).list();
    }

    void addMaterial(String county, long caseId, long attachmentId, String source, String name, String actor) {
        jdbc.sql("""
                        INSERT INTO recon_material (county_code, case_id, attachment_id, source, name, added_at, added_by)
                        VALUES (:county, :caseId, :att, :source, :name, :at, :by)""")
                .param("county", county).param("caseId", caseId).param("att", attachmentId).param("source", source)
                .param("name", name).param("at", Timestamp.from(clock.instant())).param("by", actor).update();
    }

    List<CaseView.Material> materials(long caseId) {
        return jdbc.sql("SELECT id, attachment_id, source, name FROM recon_material WHERE case_id = :id ORDER BY id")
                .param("id", caseId).query(CaseView.Material.class).list();
    }

    long addOpinion(String county, long caseId, long unitId, String content, LocalDate servedOn, LocalDate due,
                    String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        INSERT INTO recon_opinion (county_code, case_id, unit_id, kind, content, served_on, due,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :caseId, :unit, 'OPINION', :content, :served, :due, :now, :by, :now, :by)
                        RETURNING id""")
                .param("county", county).param("caseId", caseId).param("unit", unitId).param("content", content)
                .param("served", servedOn).param("due", due).param("now", now).param("by", actor)
                .query(Long.class).single();
    }

    List<CaseView.Opinion> opinions(long caseId) {
        return jdbc.sql("""
                        SELECT id, unit_id, content, served_on, due, feedback_on, feedback
                        FROM recon_opinion WHERE case_id = :id ORDER BY id""")
                .param("id", caseId).query(CaseView.Opinion.class).list();
    }

    boolean opinionFeedback(long caseId, long opinionId, String feedback, LocalDate on, String actor) {
        return jdbc.sql("""
                        UPDATE recon_opinion SET feedback = :feedback, feedback_on = :on, updated_at = :now,
                            updated_by = :by, version = version + 1
                        WHERE id = :id AND case_id = :caseId AND feedback_on IS NULL""")
                .param("feedback", feedback).param("on", on).param("now", Timestamp.from(clock.instant()))
                .param("by", actor).param("id", opinionId).param("caseId", caseId).update() == 1;
    }

    void publish(long caseId, String text, String actor) {
        jdbc.sql("""
                        UPDATE recon_case SET published = TRUE, published_text = :text, updated_at = :now,
                            updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("text", text).param("now", Timestamp.from(clock.instant())).param("by", actor)
                .param("id", caseId).update();
    }

    /** Cases still under acceptance review whose 5-working-day period ended before {@code today}. */
    List<Long> lapsedReviews(String countyCode, LocalDate today) {
        return jdbc.sql("""
                        SELECT c.id FROM recon_case c JOIN recon_deadline d ON d.case_id = c.id
                        WHERE c.county_code = :county AND c.status = 'RECEIVED' AND d.county_code = :county
                          AND d.kind = 'ACCEPTANCE_REVIEW' AND d.status = 'OPEN' AND d.due < :today
                        ORDER BY c.id LIMIT 500""")
                .param("county", countyCode).param("today", today).query(Long.class).list();
    }

    List<CaseView.Published> published(String countyCode, int limit) {
        return jdbc.sql("""
                        SELECT id, number, act_title, decided_on, decision_type, published_text FROM recon_case
                        WHERE county_code = :county AND published ORDER BY decided_on DESC, id DESC LIMIT :limit""")
                .param("county", countyCode).param("limit", limit).query(CaseView.Published.class).list();
    }

    static ReconCase map(ResultSet rs, int n) throws SQLException {
        String procedure = rs.getString("procedure_kind");
        String decision = rs.getString("decision_type");
        return new ReconCase(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getLong("office_unit_id"), rs.getString("number"), Channel.valueOf(rs.getString("channel")),
                CaseStatus.valueOf(rs.getString("status")), procedure == null ? null : Procedure.valueOf(procedure),
                rs.getString("applicant_summary"), rs.getString("request_text"), rs.getString("facts_text"),
                rs.getString("act_type"), rs.getString("act_number"), rs.getString("act_title"),
                rs.getObject("act_date", LocalDate.class), rs.getObject("known_on", LocalDate.class),
                rs.getBoolean("informed_of_rights"), rs.getBoolean("real_property"), rs.getString("field"),
                rs.getBigDecimal("amount_yuan"), rs.getString("period_result"), rs.getBoolean("period_ok"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("review_start_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), rs.getBoolean("deemed_accepted"),
                rs.getObject("copy_served_on", LocalDate.class), rs.getObject("answer_received_on", LocalDate.class),
                rs.getObject("hearing_on", LocalDate.class), rs.getString("hearing_place"),
                rs.getObject("hearing_held_on", LocalDate.class), rs.getInt("extension_days"),
                rs.getString("extension_approver"), decision == null ? null : DecisionType.valueOf(decision),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_basis"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("outcome_note"),
                rs.getBoolean("e_service_consent"), rs.getBoolean("published"), rs.getInt("version"));
    }
}
