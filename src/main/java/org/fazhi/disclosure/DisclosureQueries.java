package org.fazhi.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of requests: the queue with filters, the detail's children, the timeline, the portal lookup. */
@Service
public class DisclosureQueries {

    /** Queue filters (队列筛选). {@code light}: RED overdue, YELLOW when no more than the
     * configured number of working days remain ({@link RequestLights}), GREEN otherwise (open requests). */
    public record Filter(@Nullable String keyword, @Nullable RequestStatus status, @Nullable ApplicantType applicantType,
                         @Nullable Long unitId, @Nullable Integer year, @Nullable String light) {
    }

    /** One step of the timeline. */
    public record Step(String action, LocalDate occurredOn, String detail, String actor) {
    }

    private final JdbcClient jdbc;
    private final RequestStore store;
    private final DisclosureLetters letters;
    private final RequestLights lights;
    private final Clock clock;

    DisclosureQueries(JdbcClient jdbc, RequestStore store, DisclosureLetters letters, RequestLights lights, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.letters = letters;
        this.lights = lights;
        this.clock = clock;
    }

    public Page<DisclosureRequest> list(ScopeFilter scope, Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM disc_request r" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<DisclosureRequest> items = jdbc.sql("SELECT " + RequestStore.COLUMNS + " FROM disc_request r" + where
                        + " ORDER BY (r.status IN ('ANSWERED','CLOSED')), r.reply_due NULLS FIRST, r.id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(RequestStore::map).list();
        return Page.of(items, total, page);
    }

    /** Up to {@code max} rows for the export (导出), same filters and scope as the list. */
    public List<DisclosureRequest> export(ScopeFilter scope, Filter filter, int max) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        params.put("limit", max);
        return jdbc.sql("SELECT " + RequestStore.COLUMNS + " FROM disc_request r" + where + " ORDER BY r.id LIMIT :limit")
                .params(params).query(RequestStore::map).list();
    }

    private String where(ScopeFilter scope, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE ").append(scope.on("r.county_code", "r.unit_id"));
        if (f.keyword() != null && !f.keyword().isBlank()) {
            w.append(" AND (r.number ILIKE :kw ESCAPE '\\' OR r.applicant_name ILIKE :kw ESCAPE '\\' "
                    + "OR r.description ILIKE :kw ESCAPE '\\')");
            params.put("kw", "%" + f.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.status() != null) {
            w.append(" AND r.status = :status");
            params.put("status", f.status().name());
        }
        if (f.applicantType() != null) {
            w.append(" AND r.applicant_type = :type");
            params.put("type", f.applicantType().name());
        }
        if (f.unitId() != null) {
            w.append(" AND r.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.year() != null) {
            w.append(" AND r.received_on >= :from AND r.received_on < :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.light() != null && !f.light().isBlank()) {
            LocalDate today = LocalDate.now(clock);
            w.append(" AND r.status NOT IN ('ANSWERED','CLOSED','SUBMITTED') AND r.reply_due IS NOT NULL");
            switch (f.light()) {
                case "RED" -> w.append(" AND r.reply_due < :today");
                case "YELLOW" -> w.append(" AND r.reply_due >= :today AND r.reply_due < :greenFrom");
                default -> w.append(" AND r.reply_due >= :greenFrom");
            }
            params.put("today", today);
            // same working-day rule as the row's light (RequestLights), as a date bound so the filter stays in SQL
            params.put("greenFrom", lights.greenFrom(today));
        }
        return w.toString();
    }

    public DisclosureRequest get(long id, ScopeFilter scope) {
        return store.get(id, scope);
    }

    public List<Consultation> consultations(long id) {
        return store.consultations(id);
    }

    public List<FeeRecord> fees(long id) {
        return store.fees(id);
    }

    public List<Letter> letters(long id, boolean publicOnly) {
        return letters.letters(id, publicOnly);
    }

    public List<Step> timeline(long id) {
        return jdbc.sql("SELECT action, occurred_on, detail, actor FROM disc_step WHERE request_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new Step(rs.getString("action"), RequestStore.date(rs, "occurred_on"),
                        rs.getString("detail"), rs.getString("actor")))
                .list();
    }

    /** The portal lookup: a request by number, only when the verification code matches. */
    public java.util.Optional<DisclosureRequest> forApplicant(String countyCode, String number, String code) {
        if (number == null || code == null || number.isBlank() || code.isBlank()) {
            return java.util.Optional.empty();
        }
        return store.byNumber(countyCode, number.strip())
                .filter(r -> store.verificationHash(r.id()).map(h -> java.security.MessageDigest.isEqual(
                        h.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        DisclosureRequests.hash(r.number(), code.strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .orElse(false));
    }
}
