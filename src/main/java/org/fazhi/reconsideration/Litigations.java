package org.fazhi.reconsideration;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
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
import java.util.Set;

/**
 * 行政应诉: lawsuits against the county's units with the defence period (《中华人民共和国行政诉讼法》第六十七条, 15 日),
 * whether the head of the unit appeared and spoke in court (《中华人民共和国行政诉讼法》第三条第三款、《最高人民法院关于
 * 行政机关负责人出庭应诉若干问题的规定》), the outcome with an analysis of each lost case, and the 司法建议/检察建议 the
 * unit must answer by the date the recommendation states.
 */
@Service
public class Litigations {

    private static final String COLUMNS = """
            l.id, l.county_code, l.unit_id, u.name AS unit_name, l.court_case_number, l.court, l.instance, l.category,
            l.plaintiff, l.claim, l.recon_case_id, rc.number AS recon_case_number, l.complaint_served_on, l.defence_due,
            l.defence_filed_on, l.hearing_on, l.head_appeared, l.head_name, l.head_spoke, l.outcome, l.outcome_on,
            l.lost_analysis, l.status""";
    private static final String FROM = " FROM recon_litigation l JOIN org_unit u ON u.id = l.unit_id "
            + "LEFT JOIN recon_case rc ON rc.id = l.recon_case_id";

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final OrgDirectory org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Litigations(JdbcClient jdbc, Deadlines deadlines, OrgDirectory org, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    /** What is registered for a new lawsuit. */
    public record LawsuitDraft(@Nullable Long unitId, @Nullable String courtCaseNumber, @Nullable String court,
                               @Nullable String instance, @Nullable String category, @Nullable String plaintiff,
                               @Nullable String claim, @Nullable String reconCaseNumber,
                               @Nullable LocalDate complaintServedOn) {
    }

    private static void requireManage(CurrentUser user) {
        if (!user.can("reconsideration:litigation:manage")) {
            throw BusinessException.forbidden("您没有登记行政应诉案件的权限");
        }
    }

    @Transactional
    public long register(LawsuitDraft d, CurrentUser user) {
        requireManage(user);
        LocalDate today = LocalDate.now(clock);
        if (d.unitId() == null) {
            throw BusinessException.invalid("请选择被告单位");
        }
        OrgDirectory.UnitRef unit = org.activeUnit(d.unitId(), user.filter())
                .orElseThrow(() -> BusinessException.notFound("被告单位不存在或不在您的数据范围内"));
        String number = CaseRules.text(d.courtCaseNumber(), "法院案号", 4, 100);
        String court = CaseRules.text(d.court(), "审理法院", 4, 200);
        String instance = d.instance() == null ? "FIRST" : d.instance();
        if (!Set.of("FIRST", "SECOND", "RETRIAL").contains(instance)) {
            throw BusinessException.invalid("审级应为一审、二审或再审");
        }
        String category = CaseRules.text(d.category(), "案件类别", 2, 32);
        String plaintiff = CaseRules.text(d.plaintiff(), "原告", 1, 300);
        String claim = CaseRules.text(d.claim(), "诉讼请求", 4, 4000);
        LocalDate served = CaseRules.date(d.complaintServedOn(), today, LocalDate.of(2000, 1, 1), "收到起诉状副本之日");
        Long reconCaseId = null;
        if (d.reconCaseNumber() != null && !d.reconCaseNumber().isBlank()) {
            reconCaseId = jdbc.sql("SELECT id FROM recon_case WHERE county_code = :county AND number = :number")
                    .param("county", unit.countyCode()).param("number", d.reconCaseNumber().strip())
                    .query(Long.class).optional()
                    .orElseThrow(() -> BusinessException.invalid("没有案号为“" + d.reconCaseNumber().strip() + "”的行政复议案件"));
        }
        boolean duplicate = jdbc.sql("SELECT count(*) FROM recon_litigation WHERE county_code = :county AND court_case_number = :n")
                .param("county", unit.countyCode()).param("n", number).query(Long.class).single() > 0;
        if (duplicate) {
            throw BusinessException.conflict("法院案号“" + number + "”已登记");
        }
        Deadline defence = deadlines.compute(DeadlineRequest.of(StatutoryPeriod.LITIGATION_DEFENCE, served));
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO recon_litigation (county_code, unit_id, court_case_number, court, instance, category,
                            plaintiff, claim, recon_case_id, complaint_served_on, defence_due, status,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :number, :court, :instance, :category, :plaintiff, :claim, :recon,
                            :served, :due, 'OPEN', :now, :by, :now, :by) RETURNING id""")
                .param("county", unit.countyCode()).param("unit", unit.id()).param("number", number)
                .param("court", court).param("instance", instance).param("category", category)
                .param("plaintiff", plaintiff).param("claim", claim).param("recon", reconCaseId)
                .param("served", served).param("due", defence.due()).param("now", now).param("by", user.username())
                .query(Long.class).single();
        events.publishEvent(new DeadlineSet(unit.countyCode(), unit.id(), null, CaseClocks.MODULE, "litigation",
                Long.toString(id), "DEFENCE", number + " 行政诉讼答辩（" + plaintiff + "诉" + unit.name() + "）",
                defence.due(), defence.citation(), "/reconsideration/litigation/" + id));
        events.publishEvent(new LitigationChanged(unit.countyCode(), user.username(), "reconsideration.litigation.register",
                "recon_litigation", id, "登记行政应诉案件 " + number + "（" + plaintiff + "诉" + unit.name() + "）"));
        return id;
    }

    public Litigation get(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE l.id = :id AND " + scope.on("l.county_code", "l.unit_id"))
                .params(params).query(Litigation.class).optional()
                .orElseThrow(() -> BusinessException.notFound("行政应诉案件不存在或不在您的数据范围内"));
    }

    /** Rows an export may hold at most (DESIGN §6: nothing loads unbounded). */
    static final int EXPORT_LIMIT = 10_000;

    /**
     * Filters of the lawsuit list (应诉案件列表); blank values are ignored. {@code keyword} matches 法院案号, 原告 or
     * 审理法院; {@code status} is OPEN (未结) or CLOSED (已登记裁判结果).
     */
    public record ListFilter(@Nullable String keyword, @Nullable Long unitId, @Nullable String status) {
    }

    /** One page of lawsuits inside the caller's scope, newest complaint first. */
    public Page<Litigation> list(ScopeFilter scope, ListFilter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM recon_litigation l" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Litigation> rows = jdbc.sql("SELECT " + COLUMNS + FROM + where
                        + " ORDER BY l.complaint_served_on DESC, l.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Litigation.class).list();
        return Page.of(rows, total, page);
    }

    /** The filtered list for export, inside the caller's scope, at most {@link #EXPORT_LIMIT} rows. */
    public List<Litigation> export(ScopeFilter scope, ListFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        params.put("limit", EXPORT_LIMIT);
        return jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY l.complaint_served_on DESC, l.id DESC LIMIT :limit")
                .params(params).query(Litigation.class).list();
    }

    private static String where(ScopeFilter scope, ListFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("l.county_code", "l.unit_id"));
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            if (filter.keyword().length() > 100) {
                throw BusinessException.invalid("关键词不能超过 100 个字");
            }
            where.append(" AND (l.court_case_number ILIKE :kw ESCAPE '\\' OR l.plaintiff ILIKE :kw ESCAPE '\\'"
                    + " OR l.court ILIKE :kw ESCAPE '\\')");
            params.put("kw", "%" + filter.keyword().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.unitId() != null) {
            where.append(" AND l.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            if (!Set.of("OPEN", "CLOSED").contains(filter.status())) {
                throw BusinessException.invalid("状态只能是未结或已结");
            }
            where.append(" AND l.status = :status");
            params.put("status", filter.status());
        }
        return where.toString();
    }

    private void update(Litigation l, String set, Map<String, Object> values, String user, String action, String summary) {
        Map<String, Object> params = new LinkedHashMap<>(values);
        params.put("id", l.id());
        params.put("now", Timestamp.from(clock.instant()));
        params.put("by", user);
        jdbc.sql("UPDATE recon_litigation SET " + set + ", updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                .params(params).update();
        events.publishEvent(new LitigationChanged(l.countyCode(), user, "reconsideration.litigation." + action,
                "recon_litigation", l.id(), summary + "：" + l.courtCaseNumber()));
    }

    /** 提交答辩状 (第六十七条). */
    @Transactional
    public void defence(long id, @Nullable LocalDate on, CurrentUser user) {
        requireManage(user);
        Litigation l = get(id, user.filter());
        if (l.defenceFiledOn() != null) {
            throw BusinessException.conflict("已于 " + l.defenceFiledOn() + " 提交答辩");
        }
        LocalDate date = CaseRules.date(on, LocalDate.now(clock), l.complaintServedOn(), "提交答辩之日");
        update(l, "defence_filed_on = :on", Map.of("on", date), user.username(), "defence",
                "提交答辩" + (date.isAfter(l.defenceDue()) ? "（逾期，期限 " + l.defenceDue() + "）" : ""));
        events.publishEvent(new DeadlineCleared(l.countyCode(), CaseClocks.MODULE, "litigation", Long.toString(id), "DEFENCE"));
    }

    /** 开庭与负责人出庭应诉、发声. */
    @Transactional
    public void hearing(long id, @Nullable LocalDate on, @Nullable String appeared, @Nullable String headName,
                        boolean spoke, CurrentUser user) {
        requireManage(user);
        Litigation l = get(id, user.filter());
        LocalDate date = CaseRules.date(on, LocalDate.now(clock), l.complaintServedOn(), "开庭日期");
        if (appeared == null || !Set.of("PRINCIPAL", "DEPUTY", "NONE").contains(appeared)) {
            throw BusinessException.invalid("请选择负责人出庭情况（正职、副职或未出庭）");
        }
        String name = "NONE".equals(appeared) ? null : CaseRules.text(headName, "出庭负责人姓名", 2, 100);
        if ("NONE".equals(appeared) && spoke) {
            throw BusinessException.invalid("负责人未出庭，不能登记为出庭发声");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("on", date);
        values.put("appeared", appeared);
        values.put("name", name);
        values.put("spoke", spoke);
        update(l, "hearing_on = :on, head_appeared = :appeared, head_name = :name, head_spoke = :spoke", values,
                user.username(), "hearing", "登记开庭及负责人出庭应诉情况");
    }

    /** 裁判结果; a lost case needs its analysis (败诉原因分析). */
    @Transactional
    public void outcome(long id, @Nullable String outcome, @Nullable LocalDate on, @Nullable String analysis,
                        CurrentUser user) {
        requireManage(user);
        Litigation l = get(id, user.filter());
        if ("CLOSED".equals(l.status())) {
            throw BusinessException.conflict("本案已登记裁判结果");
        }
        Litigation.Outcome parsed;
        try {
            parsed = Litigation.Outcome.valueOf(outcome == null ? "" : outcome);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("请选择裁判结果");
        }
        LocalDate date = CaseRules.date(on, LocalDate.now(clock), l.complaintServedOn(), "裁判之日");
        String text = parsed.lost() ? CaseRules.text(analysis, "败诉原因分析", 10, 4000)
                : (analysis == null || analysis.isBlank() ? null : analysis.strip());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("outcome", parsed.name());
        values.put("on", date);
        values.put("analysis", text);
        update(l, "outcome = :outcome, outcome_on = :on, lost_analysis = :analysis, status = 'CLOSED'", values,
                user.username(), "outcome", "登记裁判结果 " + parsed.label());
        events.publishEvent(new DeadlineCleared(l.countyCode(), CaseClocks.MODULE, "litigation", Long.toString(id), "DEFENCE"));
    }

    /** What is registered for a judicial or procuratorial recommendation. */
    public record SuggestionDraft(@Nullable Long unitId, @Nullable Long litigationId, @Nullable String kind,
                                  @Nullable String issuer, @Nullable String numberText, @Nullable String content,
                                  @Nullable LocalDate receivedOn, @Nullable LocalDate replyDue) {
    }

    @Transactional
    public long addSuggestion(SuggestionDraft d, CurrentUser user) {
        requireManage(user);
        if (d.unitId() == null) {
            throw BusinessException.invalid("请选择被建议单位");
        }
        OrgDirectory.UnitRef unit = org.activeUnit(d.unitId(), user.filter())
                .orElseThrow(() -> BusinessException.notFound("被建议单位不存在或不在您的数据范围内"));
        String kind = d.kind() == null ? "" : d.kind();
        if (!Set.of("JUDICIAL", "PROCURATORIAL").contains(kind)) {
            throw BusinessException.invalid("请选择司法建议或检察建议");
        }
        if (d.litigationId() != null) {
            get(d.litigationId(), user.filter());
        }
        String issuer = CaseRules.text(d.issuer(), "发出建议的机关", 4, 200);
        String number = CaseRules.text(d.numberText(), "建议书文号", 2, 100);
        String content = CaseRules.text(d.content(), "建议内容", 4, 4000);
        LocalDate received = CaseRules.date(d.receivedOn(), LocalDate.now(clock), LocalDate.of(2000, 1, 1), "收到之日");
        if (d.replyDue() == null || !d.replyDue().isAfter(received)) {
            throw BusinessException.invalid("请填写建议书载明的办复期限（须晚于收到之日）");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO recon_suggestion (county_code, unit_id, litigation_id, kind, issuer, number_text,
                            content, received_on, reply_due, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :lit, :kind, :issuer, :number, :content, :received, :due, :now, :by, :now, :by)
                        RETURNING id""")
                .param("county", unit.countyCode()).param("unit", unit.id()).param("lit", d.litigationId())
                .param("kind", kind).param("issuer", issuer).param("number", number).param("content", content)
                .param("received", received).param("due", d.replyDue()).param("now", now).param("by", user.username())
                .query(Long.class).single();
        String label = "JUDICIAL".equals(kind) ? "司法建议" : "检察建议";
        events.publishEvent(new DeadlineSet(unit.countyCode(), unit.id(), null, CaseClocks.MODULE, "suggestion",
                Long.toString(id), "REPLY", label + "办复：" + number, d.replyDue(),
                label + "书载明的办复期限", "/reconsideration/litigation/suggestions"));
        events.publishEvent(new LitigationChanged(unit.countyCode(), user.username(), "reconsideration.suggestion.register",
                "recon_suggestion", id, "登记" + label + " " + number));
        return id;
    }

    @Transactional
    public void reply(long id, @Nullable String reply, @Nullable LocalDate on, CurrentUser user) {
        requireManage(user);
        Litigation.Suggestion s = suggestion(id, user.filter());
        if (s.repliedOn() != null) {
            throw BusinessException.conflict("该建议已办复");
        }
        String text = CaseRules.text(reply, "办复情况", 4, 4000);
        LocalDate date = CaseRules.date(on, LocalDate.now(clock), s.receivedOn(), "办复之日");
        jdbc.sql("""
                        UPDATE recon_suggestion SET reply = :reply, replied_on = :on, updated_at = :now, updated_by = :by,
                            version = version + 1 WHERE id = :id""")
                .param("reply", text).param("on", date).param("now", Timestamp.from(clock.instant()))
                .param("by", user.username()).param("id", id).update();
        events.publishEvent(new DeadlineCleared(user.countyCode(), CaseClocks.MODULE, "suggestion", Long.toString(id), "REPLY"));
        events.publishEvent(new LitigationChanged(user.countyCode(), user.username(), "reconsideration.suggestion.reply",
                "recon_suggestion", id, s.kindLabel() + "办复：" + s.numberText()
                        + (date.isAfter(s.replyDue()) ? "（逾期）" : "")));
    }

    private static final String SUGGESTION_COLUMNS = """
            s.id, s.unit_id, u.name AS unit_name, s.litigation_id, s.kind, s.issuer, s.number_text, s.content,
            s.received_on, s.reply_due, s.replied_on, s.reply FROM recon_suggestion s JOIN org_unit u ON u.id = s.unit_id""";

    Litigation.Suggestion suggestion(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + SUGGESTION_COLUMNS + " WHERE s.id = :id AND " + scope.on("s.county_code", "s.unit_id"))
                .params(params).query(Litigation.Suggestion.class).optional()
                .orElseThrow(() -> BusinessException.notFound("建议不存在或不在您的数据范围内"));
    }

    /**
     * Filters of the recommendation list (司法建议/检察建议); blank values are ignored. {@code status} is PENDING (未办复),
     * OVERDUE (逾期未办复, the reply date stated in the letter has passed) or REPLIED (已办复); {@code kind} JUDICIAL or
     * PROCURATORIAL.
     */
    public record SuggestionFilter(@Nullable String status, @Nullable String kind) {
    }

    /** One page of recommendations inside the caller's scope, the nearest reply date first among those still open. */
    public Page<Litigation.Suggestion> suggestions(ScopeFilter scope, SuggestionFilter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = suggestionWhere(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM recon_suggestion s" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Litigation.Suggestion> rows = jdbc.sql("SELECT " + SUGGESTION_COLUMNS + where
                        + " ORDER BY (s.replied_on IS NULL) DESC, CASE WHEN s.replied_on IS NULL THEN s.reply_due END,"
                        + " s.received_on DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Litigation.Suggestion.class).list();
        return Page.of(rows, total, page);
    }

    /** The filtered recommendations for export, inside the caller's scope, at most {@link #EXPORT_LIMIT} rows. */
    public List<Litigation.Suggestion> exportSuggestions(ScopeFilter scope, SuggestionFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = suggestionWhere(scope, filter, params);
        params.put("limit", EXPORT_LIMIT);
        return jdbc.sql("SELECT " + SUGGESTION_COLUMNS + where + " ORDER BY s.received_on DESC, s.id DESC LIMIT :limit")
                .params(params).query(Litigation.Suggestion.class).list();
    }

    /** Recommendations not yet answered inside the caller's scope (shown beside the lawsuit list). */
    public long pendingSuggestions(ScopeFilter scope) {
        return jdbc.sql("SELECT count(*) FROM recon_suggestion s WHERE " + scope.on("s.county_code", "s.unit_id")
                + " AND s.replied_on IS NULL").params(scope.params()).query(Long.class).single();
    }

    private String suggestionWhere(ScopeFilter scope, SuggestionFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("s.county_code", "s.unit_id"));
        String status = filter.status() == null ? "" : filter.status();
        switch (status) {
            case "" -> { }
            case "PENDING" -> where.append(" AND s.replied_on IS NULL");
            case "REPLIED" -> where.append(" AND s.replied_on IS NOT NULL");
            case "OVERDUE" -> {
                where.append(" AND s.replied_on IS NULL AND s.reply_due < :today");
                params.put("today", LocalDate.now(clock));
            }
            default -> throw BusinessException.invalid("办复状态只能是未办复、逾期未办复或已办复");
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            if (!Set.of("JUDICIAL", "PROCURATORIAL").contains(filter.kind())) {
                throw BusinessException.invalid("建议种类只能是司法建议或检察建议");
            }
            where.append(" AND s.kind = :kind");
            params.put("kind", filter.kind());
        }
        return where.toString();
    }
}
