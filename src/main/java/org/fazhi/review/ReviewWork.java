package org.fazhi.review;

import org.fazhi.files.DocumentRequest;
import org.fazhi.files.DocumentTypes;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's side of a request (审查办理): assignment, 补正 with the clock stopped, item-by-item opinions, the
 * conclusion with its 合法性审核意见书, the drafter's answers, and the scoped reads. Reviewers (role REVIEWER) see and act
 * on only what is assigned to them; the 司法局 coordinators see the county's queue.
 */
@Service
class ReviewWork {

    static final String OPINION_DOC_TYPE = "review-opinion";
    static final String COLUMNS = "r.id, r.county_code, r.unit_id, u.name AS unit_name, r.reviewing_unit_id, "
            + "r.source_module, r.source_type, r.source_id, r.kind, r.title, r.body_text, r.link, r.status, r.outcome, "
            + "r.received_on, r.period_days, r.due_on, r.due_citation, r.due_explanation, r.assignee, r.concluded_on, "
            + "r.conclusion, r.opinion_document_id, r.opinion_number";

    private final JdbcClient jdbc;
    private final ReviewRequests requests;
    private final OrgDirectory org;
    private final OfficialDocuments documents;
    private final DocumentTypes types;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewWork(JdbcClient jdbc, ReviewRequests requests, OrgDirectory org, OfficialDocuments documents,
               DocumentTypes types, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.org = org;
        this.documents = documents;
        this.types = types;
        this.events = events;
        this.clock = clock;
    }

    /** Called at start-up by the module's runner, before any demo data is created. */
    void declareDocumentTypes() {
        types.declare(OPINION_DOC_TYPE, "合法性审核意见书", "法审");
    }

    /** Filters of the queue. */
    record Filter(@Nullable String keyword, @Nullable ReviewStatusCode status, @Nullable ReviewKind kind) {
    }

    /** A reviewer the coordinator can assign to. */
    public record Reviewer(String username, String displayName, String unitName) {
    }

    /** What a user may see: their scope (if they may view the queue) or what is assigned to them. */
    static String access(CurrentUser user) {
        String assigned = "(r.county_code = :scopeCounty AND r.assignee = :me)";
        if (user.can("review:request:view") || user.can("review:request:assign")) {
            return "(" + user.filter().on("r.county_code", "r.unit_id") + " OR " + assigned + ")";
        }
        return assigned;
    }

    static Map<String, Object> params(CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>(user.filter().params());
        params.put("me", user.username());
        return params;
    }

    Page<ReviewRequestView> list(CurrentUser user, Filter filter, PageQuery page) {
        Map<String, Object> params = params(user);
        String where = where(user, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM rv_request r" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ReviewRequestView> items = jdbc.sql("SELECT " + COLUMNS + " FROM rv_request r JOIN org_unit u ON u.id = r.unit_id"
                        + where + " ORDER BY r.received_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(ReviewWork::view).list();
        return Page.of(items, total, page);
    }

    /** The queue as the page filters it (same access, same filters, same order), at most {@code limit} rows, for 导出. */
    List<ReviewRequestView> export(CurrentUser user, Filter filter, int limit) {
        Map<String, Object> params = params(user);
        String where = where(user, filter, params);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM rv_request r JOIN org_unit u ON u.id = r.unit_id"
                        + where + " ORDER BY r.received_on DESC, r.id DESC LIMIT :limit")
                .params(params).query(ReviewWork::view).list();
    }

    private static String where(CurrentUser user, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(access(user));
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            where.append(" AND r.title ILIKE :kw");
            params.put("kw", "%" + filter.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" AND r.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        return where.toString();
    }

    ReviewRequestView get(long id, CurrentUser user) {
        Map<String, Object> params = params(user);
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM rv_request r JOIN org_unit u ON u.id = r.unit_id WHERE r.id = :id AND "
                        + access(user)).params(params).query(ReviewWork::view).optional()
                .orElseThrow(() -> BusinessException.notFound("审查事项不存在或不在您的数据范围内"));
    }

    List<ReviewOpinion> opinions(long requestId) {
        return jdbc.sql("""
                        SELECT id, request_id, seq, quoted_text, opinion, basis, response, response_reason, responded_by
                        FROM rv_opinion WHERE request_id = :r ORDER BY seq""")
                .param("r", requestId)
                .query((rs, n) -> new ReviewOpinion(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6),
                        rs.getString(7) == null ? null : ReviewOpinion.Response.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9))).list();
    }

    List<Long> attachmentIds(long requestId) {
        return jdbc.sql("SELECT attachment_id FROM rv_request_attachment WHERE request_id = :r ORDER BY attachment_id")
                .param("r", requestId).query(Long.class).list();
    }

    List<Reviewer> reviewers(String countyCode) {
        return jdbc.sql("""
                        SELECT DISTINCT a.username, a.display_name, coalesce(u.name, '') AS unit_name
                        FROM org_account a JOIN org_account_role ar ON ar.account_id = a.id
                        JOIN org_role_permission rp ON rp.role_id = ar.role_id
                        LEFT JOIN org_unit u ON u.id = a.unit_id
                        WHERE a.county_code = :c AND a.is_enabled AND rp.permission = 'review:request:review'
                        ORDER BY a.username""")
                .param("c", countyCode).query(Reviewer.class).list();
    }

    /** 分办: the coordinator assigns the request to a reviewer, whose worklist then carries the deadline. */
    @Transactional
    void assign(long id, String assignee, CurrentUser user) {
        requirePermission(user, "review:request:assign", "分办");
        ReviewRequestView r = lockOpen(id, user);
        String who = assignee == null ? "" : assignee.strip();
        if (reviewers(r.countyCode()).stream().noneMatch(x -> x.username().equals(who))) {
            throw BusinessException.invalid("所选人员不是本县的审查人员");
        }
        ReviewStatusCode next = r.status() == ReviewStatusCode.SUPPLEMENTING ? r.status() : ReviewStatusCode.IN_REVIEW;
        update(id, user, "UPDATE rv_request SET assignee = :who, assigned_at = :now, status = :status",
                Map.of("who", who, "status", next.name()));
        events.publishEvent(new ReviewChanged(r.countyCode(), user.username(), "review.request.assigned", id,
                "《" + r.title() + "》分办给 " + who));
        if (next != ReviewStatusCode.SUPPLEMENTING) {
            requests.reschedule(id);
        }
    }

    /** 通知补正: the clock stops from the next day until the materials arrive; the item leaves the worklist meanwhile. */
    @Transactional
    void requestSupplement(long id, String reason, CurrentUser user) {
        ReviewRequestView r = lockOpen(id, user);
        requireReviewer(r, user);
        if (r.status() == ReviewStatusCode.SUPPLEMENTING) {
            throw BusinessException.conflict("已在补正中，收到补正材料后才能再次通知补正");
        }
        String text = ReviewRequests.text(reason, "需补正的材料", 500);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        INSERT INTO rv_stop (county_code, request_id, reason, from_date, created_at, created_by)
                        VALUES (:c, :r, :reason, :from, :now, :by)""")
                .param("c", r.countyCode()).param("r", id).param("reason", text).param("from", today.plusDays(1))
                .param("now", Timestamp.from(clock.instant())).param("by", user.username()).update();
        update(id, user, "UPDATE rv_request SET status = 'SUPPLEMENTING', due_on = NULL", Map.of());
        requests.clearDeadline(r.countyCode(), id);
        events.publishEvent(new ReviewChanged(r.countyCode(), user.username(), "review.request.supplement-requested",
                id, "《" + r.title() + "》通知补正：" + text));
    }

    /** 收到补正材料: the stopped interval ends today and the period runs again from tomorrow. */
    @Transactional
    void supplementReceived(long id, CurrentUser user) {
        ReviewRequestView r = lockOpen(id, user);
        if (r.status() != ReviewStatusCode.SUPPLEMENTING) {
            throw BusinessException.conflict("该事项不在补正中");
        }
        boolean reviewer = user.username().equals(r.assignee()) || user.can("review:request:assign");
        if (!reviewer && !user.can("review:request:submit")) {
            throw BusinessException.forbidden("无权登记补正材料");
        }
        jdbc.sql("UPDATE rv_stop SET to_date = :today WHERE request_id = :r AND to_date IS NULL")
                .param("today", LocalDate.now(clock)).param("r", id).update();
        ReviewStatusCode next = r.assignee() == null ? ReviewStatusCode.RECEIVED : ReviewStatusCode.IN_REVIEW;
        update(id, user, "UPDATE rv_request SET status = :status", Map.of("status", next.name()));
        requests.reschedule(id);
        events.publishEvent(new ReviewChanged(r.countyCode(), user.username(), "review.request.supplement-received",
                id, "《" + r.title() + "》收到补正材料，审查期限继续计算"));
    }

    /** 逐条审查意见. */
    @Transactional
    int addOpinion(long id, @Nullable String quoted, String opinion, @Nullable String basis, CurrentUser user) {
        ReviewRequestView r = lockOpen(id, user);
        requireReviewer(r, user);
        if (r.status() != ReviewStatusCode.IN_REVIEW) {
            throw BusinessException.conflict("分办后、材料齐全时才能提出审查意见");
        }
        String text = ReviewRequests.text(opinion, "审查意见", 5000);
        int seq = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM rv_opinion WHERE request_id = :r").param("r", id)
                .query(Integer.class).single();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO rv_opinion (county_code, request_id, seq, quoted_text, opinion, basis, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:c, :r, :seq, :q, :o, :b, :now, :by, :now, :by)""")
                .param("c", r.countyCode()).param("r", id).param("seq", seq).param("q", blank(quoted, 2000))
                .param("o", text).param("b", blank(basis, 500)).param("now", now).param("by", user.username()).update();
        events.publishEvent(new ReviewChanged(r.countyCode(), user.username(), "review.opinion.added", id,
                "《" + r.title() + "》第" + seq + "条审查意见"));
        return seq;
    }

    /**
     * 办结: records the conclusion, generates the numbered 合法性审核意见书 and tells the submitting module through
     * {@link ReviewConcluded}. A failed review or one passed with changes must carry at least one opinion.
     */
    @Transactional
    OfficialDocument conclude(long id, ReviewOutcome outcome, String conclusion, CurrentUser user) {
        ReviewRequestView r = lockOpen(id, user);
        requireReviewer(r, user);
        if (r.status() != ReviewStatusCode.IN_REVIEW) {
            throw BusinessException.conflict("分办后、材料齐全时才能办结");
        }
        if (outcome == null || outcome == ReviewOutcome.WITHDRAWN) {
            throw BusinessException.invalid("请选择审查结论（通过、修改后通过或不予通过）");
        }
        String text = ReviewRequests.text(conclusion, "审查结论说明", 5000);
        List<ReviewOpinion> opinions = opinions(id);
        if (outcome != ReviewOutcome.PASSED && opinions.isEmpty()) {
            throw BusinessException.invalid("“" + outcome.label() + "”须至少提出一条具体审查意见");
        }
        String unitName = org.unitById(r.unitId()).map(OrgDirectory.UnitRef::name).orElse("");
        OfficialDocument doc = documents.generate(DocumentRequest.letter(r.reviewingUnitId(), OPINION_DOC_TYPE,
                        "关于《" + r.title() + "》的合法性审核意见书", unitName,
                        OpinionLetter.paragraphs(r, outcome, text, opinions))
                .ownedBy(ReviewRequests.MODULE, "rv_request", Long.toString(id)));
        update(id, user, """
                        UPDATE rv_request SET status = 'CONCLUDED', outcome = :outcome, concluded_on = :today, conclusion = :text,
                            opinion_document_id = :doc, opinion_number = :number""",
                mapOf("outcome", outcome.name(), "today", LocalDate.now(clock), "text", text, "doc", doc.id(),
                        "number", doc.number()));
        requests.clearDeadline(r.countyCode(), id);
        events.publishEvent(new ReviewConcluded(r.countyCode(), user.username(), id, r.sourceModule(), r.sourceType(),
                r.sourceId(), r.kind(), outcome, doc.id(), doc.number()));
        return doc;
    }

    /** 撤回: the submitting unit withdraws an open request. */
    @Transactional
    void withdraw(long id, String reason, CurrentUser user) {
        requirePermission(user, "review:request:submit", "撤回");
        ReviewRequestView r = lockOpen(id, user);
        String text = ReviewRequests.text(reason, "撤回理由", 500);
        update(id, user, "UPDATE rv_request SET status = 'WITHDRAWN', outcome = 'WITHDRAWN', concluded_on = :today, conclusion = :text",
                mapOf("today", LocalDate.now(clock), "text", "撤回：" + text));
        requests.clearDeadline(r.countyCode(), id);
        events.publishEvent(new ReviewConcluded(r.countyCode(), user.username(), id, r.sourceModule(), r.sourceType(),
                r.sourceId(), r.kind(), ReviewOutcome.WITHDRAWN, null, null));
    }

    /** 采纳情况反馈: the drafting unit answers an opinion; 部分采纳 and 不采纳 need reasons. */
    @Transactional
    void respond(long opinionId, ReviewOpinion.Response response, @Nullable String reason, CurrentUser user) {
        requirePermission(user, "review:opinion:respond", "反馈采纳情况");
        Long requestId = jdbc.sql("SELECT request_id FROM rv_opinion WHERE id = :id").param("id", opinionId)
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("审查意见不存在"));
        Map<String, Object> params = new LinkedHashMap<>(user.filter().params());
        params.put("id", requestId);
        ReviewRequestView r = jdbc.sql("SELECT " + COLUMNS + " FROM rv_request r JOIN org_unit u ON u.id = r.unit_id WHERE r.id = :id AND "
                        + user.filter().on("r.county_code", "r.unit_id")).params(params).query(ReviewWork::view).optional()
                .orElseThrow(() -> BusinessException.notFound("审查意见不存在或不在您的数据范围内"));
        if (r.status() != ReviewStatusCode.CONCLUDED) {
            throw BusinessException.conflict("审查办结、收到意见书后才能反馈采纳情况");
        }
        if (response == null) {
            throw BusinessException.invalid("请选择采纳情况");
        }
        String why = reason == null ? "" : reason.strip();
        if (response != ReviewOpinion.Response.ADOPTED && why.isEmpty()) {
            throw BusinessException.invalid(response.label() + "的，须说明理由");
        }
        if (why.length() > 2000) {
            throw BusinessException.invalid("理由不能超过 2000 个字");
        }
        jdbc.sql("""
                        UPDATE rv_opinion SET response = :resp, response_reason = :why, responded_by = :by, responded_at = :now,
                            updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("resp", response.name()).param("why", why.isEmpty() ? null : why).param("by", user.username())
                .param("now", Timestamp.from(clock.instant())).param("id", opinionId).update();
        events.publishEvent(new ReviewChanged(r.countyCode(), user.username(), "review.opinion.answered", requestId,
                "《" + r.title() + "》审查意见反馈：" + response.label()));
    }

    private ReviewRequestView lockOpen(long id, CurrentUser user) {
        get(id, user); // scope check first: another unit's request looks absent
        jdbc.sql("SELECT id FROM rv_request WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
        ReviewRequestView fresh = get(id, user);
        if (!fresh.status().open()) {
            throw BusinessException.conflict("该审查事项已" + fresh.status().label() + "，不能再办理");
        }
        return fresh;
    }

    private static void requireReviewer(ReviewRequestView r, CurrentUser user) {
        boolean assigned = user.username().equals(r.assignee()) && user.can("review:request:review");
        if (!assigned && !user.can("review:request:assign")) {
            throw BusinessException.forbidden("只有承办审查人员或审查机构负责人可以办理");
        }
    }

    private static void requirePermission(CurrentUser user, String permission, String what) {
        if (!user.can(permission)) {
            throw BusinessException.forbidden("无权" + what);
        }
    }

    private void update(long id, CurrentUser user, String setClause, Map<String, Object> values) {
        Map<String, Object> params = new LinkedHashMap<>(values);
        params.put("id", id);
        params.put("now", Timestamp.from(clock.instant()));
        params.put("by", user.username());
        jdbc.sql(setClause + ", updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                .params(params).update();
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static @Nullable String blank(@Nullable String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw BusinessException.invalid("内容不能超过 " + max + " 个字");
        }
        return t;
    }

    static ReviewRequestView view(ResultSet rs, int n) throws SQLException {
        return new ReviewRequestView(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getLong("reviewing_unit_id"), rs.getString("source_module"),
                rs.getString("source_type"), rs.getString("source_id"), ReviewKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body_text"), rs.getString("link"),
                ReviewStatusCode.valueOf(rs.getString("status")),
                rs.getString("outcome") == null ? null : ReviewOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("received_on", LocalDate.class), rs.getInt("period_days"),
                rs.getObject("due_on", LocalDate.class), rs.getString("due_citation"), rs.getString("due_explanation"),
                rs.getString("assignee"), rs.getObject("concluded_on", LocalDate.class), rs.getString("conclusion"),
                rs.getObject("opinion_document_id", Long.class), rs.getString("opinion_number"));
    }
}
