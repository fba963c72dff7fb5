package org.fazhi.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remedies linked to requests (Table 四): recorded by staff on the request, or from a {@link DisclosureRemedyReported}
 * event; upserted by (kind, case number) so a later outcome updates the same line.
 */
@Service
public class Remedies {

    private final RequestStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Remedies(RequestStore store, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Remedy link(long requestId, Table4.@Nullable Kind kind, @Nullable String caseNumber,
                       @Nullable LocalDate filedOn, Table4.@Nullable Outcome outcome, @Nullable LocalDate concludedOn,
                       @Nullable String note, ScopeFilter scope, String actor) {
        DisclosureRequest r = store.get(requestId, scope);
        return upsert(r, kind, caseNumber, filedOn, outcome, concludedOn, note, actor);
    }

    @EventListener
    @Transactional
    void on(DisclosureRemedyReported event) {
        DisclosureRequest r = store.byNumber(event.countyCode(), event.requestNumber())
                .orElseThrow(() -> BusinessException.notFound("申请编号 " + event.requestNumber() + " 不存在"));
        upsert(r, event.kind(), event.caseNumber(), event.filedOn(), event.outcome(), event.concludedOn(), null,
                event.actor());
    }

    private Remedy upsert(DisclosureRequest r, Table4.@Nullable Kind kind, @Nullable String caseNumber,
                          @Nullable LocalDate filedOn, Table4.@Nullable Outcome outcome, @Nullable LocalDate concludedOn,
                          @Nullable String note, String actor) {
        if (!r.concluded()) {
            throw BusinessException.conflict("申请尚未办结，不能关联由答复引起的复议或诉讼");
        }
        if (kind == null || outcome == null || filedOn == null) {
            throw BusinessException.invalid("请填写救济类别、申请或起诉日期和结果");
        }
        String ref = DisclosureRequests.trim(caseNumber);
        if (ref == null || ref.length() > 100) {
            throw BusinessException.invalid("请填写复议或诉讼案号（不超过 100 字）");
        }
        if (r.concludedOn() != null && filedOn.isBefore(r.concludedOn())) {
            throw BusinessException.invalid("申请或起诉日期不能早于答复日期 " + r.concludedOn());
        }
        if (outcome != Table4.Outcome.PENDING && (concludedOn == null || concludedOn.isBefore(filedOn))) {
            throw BusinessException.invalid("已审结的，请填写不早于申请或起诉日期的审结日期");
        }
        LocalDate concluded = outcome == Table4.Outcome.PENDING ? null : concludedOn;
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO disc_remedy (county_code, unit_id, request_id, kind, external_ref, filed_on, outcome,
                            concluded_on, note, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :request, :kind, :ref, :filed, :outcome, :concluded, :note, :at, :by, :at, :by)
                        ON CONFLICT (county_code, kind, external_ref) DO UPDATE SET outcome = EXCLUDED.outcome,
                            concluded_on = EXCLUDED.concluded_on, note = COALESCE(EXCLUDED.note, disc_remedy.note),
                            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                            version = disc_remedy.version + 1
                        RETURNING id""")
                .param("county", r.countyCode()).param("unit", r.unitId()).param("request", r.id())
                .param("kind", kind.name()).param("ref", ref).param("filed", filedOn).param("outcome", outcome.name())
                .param("concluded", concluded).param("note", DisclosureRequests.trim(note)).param("at", now)
                .param("by", actor).query(Long.class).single();
        String summary = kind.label() + "（" + ref + "），" + filedOn + " 提出，结果：" + outcome.label()
                + (concluded == null ? "" : "（" + concluded + " 审结）");
        store.step(r, r.unitId(), "remedy", filedOn, "关联由答复引起的" + summary, actor);
        events.publishEvent(new DisclosureRemedyLinked(r.countyCode(), actor, r.id(), ref, "政府信息公开申请 " + r.number()
                + " 关联" + summary));
        return new Remedy(id, r.id(), kind, ref, filedOn, outcome, concluded, note);
    }

    public List<Remedy> of(long requestId) {
        return jdbc.sql("SELECT id, request_id, kind, external_ref, filed_on, outcome, concluded_on, note FROM disc_remedy "
                        + "WHERE request_id = :id ORDER BY id")
                .param("id", requestId)
                .query((rs, n) -> new Remedy(rs.getLong("id"), rs.getLong("request_id"),
                        Table4.Kind.valueOf(rs.getString("kind")), rs.getString("external_ref"),
                        RequestStore.date(rs, "filed_on"), Table4.Outcome.valueOf(rs.getString("outcome")),
                        RequestStore.date(rs, "concluded_on"), rs.getString("note")))
                .list();
    }
}
