package org.fazhi.normdocs;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.files.DocumentRequest;
import org.fazhi.files.DocumentTypes;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewKind;
import org.fazhi.review.ReviewRequests;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubmission;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.DocumentNumber;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a normative document (规范性文件全流程) in its strict order; every step checks the state it starts
 * from, so a step out of order is refused with a Chinese message and changes nothing. Each step is recorded with the
 * official document it produced.
 */
@Service
class Lifecycle {

    static final String MODULE = "normdocs";
    static final String SOURCE_TYPE = "document";
    static final String DOC_TYPE = "normdoc";
    static final String WORK_DOC_TYPE = "normdoc-work";
    static final String EXPIRY_KIND = "expiry-evaluation";
    static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JdbcClient jdbc;
    private final NormdocStore store;
    private final OrgDirectory org;
    private final OfficialDocuments documents;
    private final DocumentTypes types;
    private final ReviewRequests reviews;
    private final Deadlines deadlines;
    private final NormdocsSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Lifecycle(JdbcClient jdbc, NormdocStore store, OrgDirectory org, OfficialDocuments documents, DocumentTypes types,
              ReviewRequests reviews, Deadlines deadlines, NormdocsSettings settings, ApplicationEventPublisher events,
              Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.org = org;
        this.documents = documents;
        this.types = types;
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Called at start-up by the module's runner, before any demo data is created. */
    void declareDocumentTypes() {
        types.declare(DOC_TYPE, "行政规范性文件", "规");
        types.declare(WORK_DOC_TYPE, "规范性文件制定工作文书", "规办");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- 立项 ----

    record Proposal(long unitId, DocKind kind, String title, @Nullable String basis, boolean marketRelated,
                    boolean provisional, @Nullable Long supersedesId) {
    }

    /** 立项: a normative document may only be proposed by a unit entitled to issue one (制定主体, not an internal office). */
    @Transactional
    long propose(Proposal p, CurrentUser user) {
        OrgDirectory.UnitRef unit = org.activeUnit(p.unitId(), user.filter())
                .orElseThrow(() -> BusinessException.notFound("制定单位不存在或不在您的数据范围内"));
        if (p.kind() == null) {
            throw BusinessException.invalid("请选择文件类别");
        }
        if (p.kind() == DocKind.NORMATIVE) {
            Boolean issuer = jdbc.sql("SELECT is_normdoc_issuer AND kind <> 'INTERNAL' FROM org_unit WHERE id = :id")
                    .param("id", unit.id()).query(Boolean.class).single();
            if (!Boolean.TRUE.equals(issuer)) {
                throw BusinessException.invalid(unit.name() + "不是规范性文件制定主体（内设机构不得以自己名义制发规范性文件，国办发〔2018〕37号）");
            }
        }
        String title = text(p.title(), "文件名称", 300);
        if (p.supersedesId() != null) {
            NormDocument old = store.get(p.supersedesId(), user.filter());
            if (old.status() != DocStatus.PUBLISHED) {
                throw BusinessException.invalid("被修改或替代的文件须为已公布、未废止的文件");
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO nd_document (county_code, unit_id, kind, title, basis, market_related, provisional, status,
                            proposed_on, supersedes_id, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, :kind, :title, :basis, :market, :prov, 'PROPOSED', :today, :sup, :now, :by, :now, :by)
                        RETURNING id""")
                .param("c", unit.countyCode()).param("u", unit.id()).param("kind", p.kind().name()).param("title", title)
                .param("basis", blank(p.basis(), 5000)).param("market", p.marketRelated()).param("prov", p.provisional())
                .param("today", today()).param("sup", p.supersedesId()).param("now", now).param("by", user.username())
                .query(Long.class).single();
        NormDocument d = store.get(id, user.filter());
        store.step(d, StepCode.PROPOSED, today(), p.basis(), null, user.username());
        changed(d, user, "normdocs.document.proposed", unit.name() + "立项：《" + title + "》");
        return id;
    }

    // ---- 起草 ----

    /** 起草: a new version (稿本); earlier ones are kept so that every change stays visible. */
    @Transactional
    int addVersion(long id, String body, @Nullable String note, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "形成新稿", DocStatus.PROPOSED, DocStatus.DRAFTING, DocStatus.COMMENTS_CLOSED, DocStatus.FAIR_REVIEWED,
                DocStatus.REVIEW_FAILED);
        String text = text(body, "文件全文", 200_000);
        int seq = d.currentVersion() + 1;
        jdbc.sql("""
                        INSERT INTO nd_version (county_code, document_id, seq, body_text, note, created_at, created_by)
                        VALUES (:c, :d, :seq, :text, :note, :now, :by)""")
                .param("c", d.countyCode()).param("d", id).param("seq", seq).param("text", text)
                .param("note", blank(note, 500)).param("now", Timestamp.from(clock.instant()))
                .param("by", user.username()).update();
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put("current_version", seq);
        if (d.status() == DocStatus.PROPOSED) {
            cols.put("status", DocStatus.DRAFTING);
        }
        if (d.status() == DocStatus.FAIR_REVIEWED || d.status() == DocStatus.COMMENTS_CLOSED) {
            // the text changed after the fair-competition review: it has to be looked at again
            cols.put("status", d.marketRelated() ? DocStatus.COMMENTS_CLOSED : d.status());
            cols.put("fair_review_result", null);
        }
        store.update(id, user.username(), cols);
        store.step(d, StepCode.VERSION, today(), "第" + seq + "稿" + (note == null || note.isBlank() ? "" : "：" + note.strip()),
                null, user.username());
        changed(d, user, "normdocs.document.version", "《" + d.title() + "》形成第" + seq + "稿");
        events.publishEvent(new IndexNeeded(id));
        return seq;
    }

    // ---- 征求意见 ----

    /**
     * 公开征求意见: the draft is published on the portal from {@code from} to {@code until}; the period may not be
     * shorter than 30 days for market-related documents (《优化营商环境条例》第六十二条) or the configured working days
     * for the others.
     */
    @Transactional
    OfficialDocument openComment(long id, LocalDate from, LocalDate until, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "公开征求意见", DocStatus.DRAFTING);
        if (from == null || until == null) {
            throw BusinessException.invalid("请填写征求意见的起止日期");
        }
        if (from.isAfter(today())) {
            throw BusinessException.invalid("征求意见起始日不能晚于今天（公布征求意见稿之日）");
        }
        Deadline minimum = commentMinimum(d, from);
        if (until.isBefore(minimum.due())) {
            throw BusinessException.invalid("征求意见期限不足：自 " + from + " 起至少应到 " + minimum.due() + "（"
                    + minimum.citation() + "）");
        }
        store.update(id, user.username(), Map.of("status", DocStatus.COMMENTING, "comment_from", from, "comment_until", until));
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        OfficialDocument doc = workDocument(d, "关于公开征求《" + d.title() + "（征求意见稿）》意见的公告", "",
                List.of("为提高规范性文件制定质量，根据《优化营商环境条例》第六十二条和国办发〔2018〕37号的规定，现将《" + d.title()
                                + "（征求意见稿）》（第" + d.currentVersion() + "稿）全文公布，公开征求社会各界意见。",
                        "征求意见时间：" + CN_DATE.format(from) + "至" + CN_DATE.format(until) + "，共" + days + "日。",
                        "提出意见的方式：登录本县法治政府建设公开门户“规范性文件”栏目，在征求意见稿页面提交意见。"
                                + (d.marketRelated() ? "本文件涉及市场主体经济活动，欢迎市场主体和行业协会商会提出意见。" : ""),
                        "我单位将对收到的意见逐条研究，并公布意见采纳情况。"));
        String rule = d.marketRelated() ? "涉及市场主体，不少于30日（《优化营商环境条例》第六十二条）"
                : "不少于" + settings.generalCommentWorkingDays() + "个工作日（本地规定）";
        store.step(d, StepCode.COMMENT_OPENED, from, "征求意见至 " + until + "，共" + days + "日；" + rule, doc.id(), user.username());
        changed(d, user, "normdocs.document.comment-opened", "《" + d.title() + "》公开征求意见至 " + until);
        return doc;
    }

    Deadline commentMinimum(NormDocument d, LocalDate from) {
        return d.marketRelated() ? deadlines.compute(StatutoryPeriod.NORMDOC_PUBLIC_COMMENT, from)
                : deadlines.compute(DeadlineRequest.of(from, settings.generalCommentWorkingDays(), PeriodUnit.WORKING_DAYS));
    }

    /** A public comment from the portal on the version on display (公众意见). */
    @Transactional
    void addPublicComment(String countyCode, long id, String commenter, boolean business, String content) {
        NormDocument d = store.published(countyCode, id).orElse(null);
        if (d == null) {
            d = store.byId(id).filter(x -> x.countyCode().equals(countyCode)).orElseThrow(
                    () -> BusinessException.notFound("征求意见稿不存在"));
        }
        if (d.status() != DocStatus.COMMENTING || d.commentFrom() == null || d.commentUntil() == null
                || today().isBefore(d.commentFrom()) || today().isAfter(d.commentUntil())) {
            throw BusinessException.conflict("该文件不在公开征求意见期间内");
        }
        String name = text(commenter, "姓名或单位名称", 100);
        String body = text(content, "意见内容", 5000);
        jdbc.sql("""
                        INSERT INTO nd_comment (county_code, document_id, version_seq, commenter, is_business, content, submitted_at)
                        VALUES (:c, :d, :v, :name, :biz, :content, :now)""")
                .param("c", d.countyCode()).param("d", id).param("v", d.currentVersion()).param("name", name)
                .param("biz", business).param("content", body).param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(new NormdocChanged(d.countyCode(), "portal", "normdocs.comment.received", id,
                "《" + d.title() + "》收到公众意见（第" + d.currentVersion() + "稿）"));
    }

    /** 答复意见: each comment is answered, adopted or not (不采纳的说明理由). */
    @Transactional
    void answerComment(long id, long commentId, Adoption adoption, @Nullable String reply, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "答复意见", DocStatus.COMMENTING, DocStatus.COMMENTS_CLOSED);
        if (adoption == null) {
            throw BusinessException.invalid("请选择采纳情况");
        }
        String text = reply == null ? "" : reply.strip();
        if (adoption != Adoption.ADOPTED && text.isEmpty()) {
            throw BusinessException.invalid(adoption.label() + "的意见须说明理由");
        }
        int n = jdbc.sql("""
                        UPDATE nd_comment SET adoption = :a, reply = :r, replied_by = :by, replied_at = :now
                        WHERE id = :cid AND document_id = :d""")
                .param("a", adoption.name()).param("r", text.isEmpty() ? null : text).param("by", user.username())
                .param("now", Timestamp.from(clock.instant())).param("cid", commentId).param("d", id).update();
        if (n == 0) {
            throw BusinessException.notFound("意见不存在");
        }
        changed(d, user, "normdocs.comment.answered", "《" + d.title() + "》答复公众意见：" + adoption.label());
    }

    /** 结束征求意见: after the period, every comment answered, the adoption summary published with the draft. */
    @Transactional
    OfficialDocument closeComment(long id, String summary, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "结束征求意见", DocStatus.COMMENTING);
        if (d.commentUntil() != null && !today().isAfter(d.commentUntil())) {
            throw BusinessException.conflict("征求意见期限至 " + d.commentUntil() + "，期满后才能结束征求意见");
        }
        String text = text(summary, "意见采纳情况说明", 5000);
        List<Comment> comments = store.comments(id);
        long unanswered = comments.stream().filter(c -> c.adoption() == null).count();
        if (unanswered > 0) {
            throw BusinessException.conflict("还有 " + unanswered + " 条意见未答复");
        }
        long adopted = comments.stream().filter(c -> c.adoption() != Adoption.NOT_ADOPTED).count();
        store.update(id, user.username(), Map.of("status", DocStatus.COMMENTS_CLOSED, "comment_summary", text));
        OfficialDocument doc = workDocument(d, "《" + d.title() + "》公开征求意见采纳情况说明", "",
                List.of(CN_DATE.format(d.commentFrom()) + "至" + CN_DATE.format(d.commentUntil()) + "，我单位就《" + d.title()
                                + "（征求意见稿）》公开征求意见，共收到意见" + comments.size() + "条，采纳或者部分采纳" + adopted
                                + "条，未采纳" + (comments.size() - adopted) + "条。",
                        text, "未采纳的意见已逐条说明理由，现予公布（《优化营商环境条例》第六十二条）。"));
        store.step(d, StepCode.COMMENT_CLOSED, today(), text, doc.id(), user.username());
        changed(d, user, "normdocs.document.comment-closed", "《" + d.title() + "》征求意见结束，收到意见" + comments.size() + "条");
        return doc;
    }

    // ---- 公平竞争审查 ----

    /** 公平竞争审查 of a market-related document (《优化营商环境条例》第六十三条；《公平竞争审查条例》). */
    @Transactional
    OfficialDocument fairReview(long id, boolean passes, String note, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "公平竞争审查", DocStatus.COMMENTS_CLOSED);
        if (!d.marketRelated()) {
            throw BusinessException.invalid("本文件不涉及市场主体经济活动，无需公平竞争审查");
        }
        String text = text(note, "审查说明", 5000);
        store.update(id, user.username(), Map.of("status", passes ? DocStatus.FAIR_REVIEWED : DocStatus.COMMENTS_CLOSED,
                "fair_review_result", passes ? "PASS" : "FAIL", "fair_review_note", text));
        OfficialDocument doc = workDocument(d, "《" + d.title() + "》公平竞争审查结论", "",
                List.of("根据《优化营商环境条例》第六十三条和《公平竞争审查条例》的规定，我单位对《" + d.title() + "》（第"
                                + d.currentVersion() + "稿）进行了公平竞争审查，对照市场准入和退出、商品和要素自由流动、影响生产经营成本、"
                                + "影响生产经营行为等审查标准逐项审查。",
                        text,
                        passes ? "审查结论：符合公平竞争审查要求，可以实施。"
                                : "审查结论：不符合公平竞争审查要求。应当修改后重新审查；未经修改的，不得出台。"));
        store.step(d, StepCode.FAIR_REVIEW, today(), (passes ? "符合：" : "不符合：") + text, doc.id(), user.username());
        changed(d, user, "normdocs.document.fair-reviewed", "《" + d.title() + "》公平竞争审查：" + (passes ? "符合" : "不符合"));
        return doc;
    }

    // ---- 合法性审核 ----

    /** 送请合法性审核 through the review module, with the current version's text. */
    @Transactional
    long submitReview(long id, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        DocStatus ready = d.marketRelated() ? DocStatus.FAIR_REVIEWED : DocStatus.COMMENTS_CLOSED;
        if (d.status() != ready && d.status() != DocStatus.REVIEW_FAILED) {
            throw outOfOrder(d, "送请合法性审核", d.marketRelated()
                    ? "须先完成公开征求意见和公平竞争审查" : "须先完成公开征求意见");
        }
        if (d.status() == DocStatus.REVIEW_FAILED && d.marketRelated() && !"PASS".equals(d.fairReviewResult())) {
            throw BusinessException.conflict("修改后的文本须重新进行公平竞争审查");
        }
        long requestId = reviews.submit(ReviewSubmission.of(MODULE, SOURCE_TYPE, Long.toString(id), d.unitId(),
                ReviewKind.NORMATIVE_DOCUMENT, d.title() + "（第" + d.currentVersion() + "稿）", store.currentText(d),
                "/normdocs/" + id));
        store.update(id, user.username(), mapOf("status", DocStatus.IN_REVIEW, "review_request_id", requestId,
                "review_outcome", null, "review_number", null));
        store.step(d, StepCode.REVIEW_SUBMITTED, today(), "第" + d.currentVersion() + "稿送司法行政部门合法性审核", null,
                user.username());
        changed(d, user, "normdocs.document.review-submitted", "《" + d.title() + "》送请合法性审核");
        return requestId;
    }

    /** The review module concluded: record the outcome (inside its transaction). */
    @EventListener
    void onReviewConcluded(ReviewConcluded e) {
        if (!MODULE.equals(e.sourceModule()) || !SOURCE_TYPE.equals(e.sourceType())) {
            return;
        }
        NormDocument d = store.byId(Long.parseLong(e.sourceId())).orElse(null);
        if (d == null || d.status() != DocStatus.IN_REVIEW) {
            return;
        }
        DocStatus next = switch (e.outcome()) {
            case PASSED, PASSED_WITH_CHANGES -> DocStatus.REVIEW_PASSED;
            case FAILED -> DocStatus.REVIEW_FAILED;
            case WITHDRAWN -> d.marketRelated() ? DocStatus.FAIR_REVIEWED : DocStatus.COMMENTS_CLOSED;
        };
        store.update(d.id(), e.actor(), mapOf("status", next, "review_outcome", e.outcome().name(),
                "review_number", e.opinionNumber()));
        store.step(d, StepCode.REVIEW_CONCLUDED, today(), e.outcome().label()
                + (e.opinionNumber() == null ? "" : "（" + e.opinionNumber() + "）"), e.opinionDocumentId(), e.actor());
    }

    // ---- 集体审议 ----

    /**
     * 集体审议: only after a passed legality review (未经合法性审核或者审核未通过的，不得提交集体审议 — 国办发〔2018〕115号；
     * 《优化营商环境条例》第六十三条第二款). Approval lets the document be numbered; rejection sends it back to drafting.
     */
    @Transactional
    void deliberate(long id, String meeting, LocalDate date, boolean approved, @Nullable String note, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        ReviewStatus review = reviews.latest(d.countyCode(), MODULE, SOURCE_TYPE, Long.toString(id)).orElse(null);
        if (d.status() != DocStatus.REVIEW_PASSED || review == null || !review.passed()) {
            throw BusinessException.conflict("未经合法性审核或者审核未通过的，不得提交集体审议（国办发〔2018〕115号；《优化营商环境条例》第六十三条）");
        }
        String name = text(meeting, "审议会议", 200);
        if (date == null || date.isAfter(today()) || date.isBefore(d.proposedOn())) {
            throw BusinessException.invalid("审议日期应在立项之后、不晚于今天");
        }
        store.update(id, user.username(), mapOf("status", approved ? DocStatus.DELIBERATED : DocStatus.DRAFTING,
                "meeting_name", name, "meeting_date", date));
        OfficialDocument doc = workDocument(d, "《" + d.title() + "》集体审议情况", "",
                List.of(CN_DATE.format(date) + "，" + name + "对《" + d.title() + "》（第" + d.currentVersion() + "稿）进行了集体审议。",
                        "该文件已经合法性审核（" + (review.opinionNumber() == null ? "" : review.opinionNumber()) + "）。",
                        approved ? "会议同意该文件，按程序登记、编号、签发和印发。" : "会议未通过该文件，由起草单位修改后重新履行程序。",
                        note == null || note.isBlank() ? "" : note.strip()));
        store.step(d, StepCode.DELIBERATED, date, name + "：" + (approved ? "通过" : "未通过"), doc.id(), user.username());
        changed(d, user, "normdocs.document.deliberated", "《" + d.title() + "》经" + name + (approved ? "审议通过" : "审议未通过"));
    }

    // ---- 统一登记、编号、印发 ----

    record Registration(String signer, LocalDate issuedOn, LocalDate effectiveOn, int validityYears,
                        @Nullable String number) {
    }

    /**
     * 统一登记、统一编号、统一印发: the document gets its 文号 (taken from the gapless number series, or entered for a
     * number issued outside the platform, which must not be in use) and its validity; the numbered text is generated.
     */
    @Transactional
    OfficialDocument register(long id, Registration r, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "登记编号印发", DocStatus.DELIBERATED);
        String signer = text(r.signer(), "签发人", 50);
        if (r.issuedOn() == null || r.issuedOn().isAfter(today()) || (d.meetingDate() != null && r.issuedOn().isBefore(d.meetingDate()))) {
            throw BusinessException.invalid("印发日期应在集体审议之后、不晚于今天");
        }
        if (r.effectiveOn() == null || r.effectiveOn().isBefore(r.issuedOn())) {
            throw BusinessException.invalid("施行日期不能早于印发日期");
        }
        int max = d.provisional() ? settings.provisionalValidityYears() : settings.validityYears();
        if (r.validityYears() < 1 || r.validityYears() > max) {
            throw BusinessException.invalid((d.provisional() ? "暂行、试行文件" : "规范性文件") + "有效期应为 1 至 " + max + " 年（本地规定）");
        }
        String manual = r.number() == null || r.number().isBlank() ? null : DocumentNumber.parse(r.number().strip()).render();
        if (manual != null) {
            Integer used = jdbc.sql("SELECT count(*) FROM nd_document WHERE county_code = :c AND doc_number = :n")
                    .param("c", d.countyCode()).param("n", manual).query(Integer.class).single();
            if (used > 0) {
                throw BusinessException.conflict("文号 " + manual + " 已被使用，不能重复编号");
            }
        }
        List<String> body = new ArrayList<>();
        for (String line : store.currentText(d).split("\\R")) {
            if (!line.isBlank()) {
                body.add(line);
            }
        }
        body.add("本文件自" + CN_DATE.format(r.effectiveOn()) + "起施行，有效期" + r.validityYears() + "年。");
        DocumentRequest request = DocumentRequest.letter(d.unitId(), DOC_TYPE, d.title(), "", body)
                .datedOn(r.issuedOn()).ownedBy(MODULE, "nd_document", Long.toString(id));
        OfficialDocument doc = documents.generate(manual == null ? request : request.unnumbered());
        String number = manual == null ? doc.number() : manual;
        LocalDate expires = r.effectiveOn().plusYears(r.validityYears()).minusDays(1);
        store.update(id, user.username(), mapOf("status", DocStatus.REGISTERED, "doc_number", number,
                "number_document_id", doc.id(), "signer", signer, "issued_on", r.issuedOn(),
                "effective_on", r.effectiveOn(), "validity_years", r.validityYears(), "expires_on", expires));
        store.step(d, StepCode.REGISTERED, r.issuedOn(), number + "，" + signer + "签发，有效期至 " + expires, doc.id(),
                user.username());
        changed(d, user, "normdocs.document.registered", "《" + d.title() + "》登记编号 " + number);
        return doc;
    }

    // ---- 公布 ----

    /**
     * 公布: the document appears in the public library; the filing clocks start (报上一级人民政府备案 and 报本级人大常委会备案,
     * each from the publication day) and the expiry reminder is set. A document may not take effect before it is
     * published (《优化营商环境条例》第六十四条第二款), so the effective date must not precede publication.
     */
    @Transactional
    void publish(long id, LocalDate publishedOn, String channel, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "公布", DocStatus.REGISTERED);
        if (publishedOn == null || publishedOn.isAfter(today()) || publishedOn.isBefore(d.issuedOn())) {
            throw BusinessException.invalid("公布日期应在印发之后、不晚于今天");
        }
        if (d.effectiveOn().isBefore(publishedOn)) {
            throw BusinessException.conflict("施行日期 " + d.effectiveOn() + " 早于公布日期：未经公布的规范性文件不得作为行政管理依据（《优化营商环境条例》第六十四条）");
        }
        String where = text(channel, "公布载体", 100);
        store.update(id, user.username(), mapOf("status", DocStatus.PUBLISHED, "published_on", publishedOn,
                "publication_channel", where));
        store.step(d, StepCode.PUBLISHED, publishedOn, "在" + where + "公布", d.numberDocumentId(), user.username());
        if (d.kind() == DocKind.NORMATIVE) {
            openFiling(d, FilingTarget.GOVERNMENT, publishedOn, user);
            openFiling(d, FilingTarget.NPC, publishedOn, user);
        }
        setExpiryReminder(store.get(id, user.filter()));
        if (d.supersedesId() != null) {
            NormDocument old = store.byId(d.supersedesId()).orElseThrow();
            if (old.status() == DocStatus.PUBLISHED) {
                store.update(old.id(), user.username(), mapOf("status", DocStatus.REPEALED, "repealed_on", publishedOn,
                        "repeal_reason", "被《" + d.title() + "》（" + d.docNumber() + "）修改替代", "superseded_by_id", id));
                store.step(old, StepCode.REPEALED, publishedOn, "被" + d.docNumber() + "替代", null, user.username());
                clearExpiry(old);
                events.publishEvent(new IndexNeeded(old.id()));
            }
        }
        changed(d, user, "normdocs.document.published", "《" + d.title() + "》（" + d.docNumber() + "）公布于" + where);
        events.publishEvent(new IndexNeeded(id));
    }

    private void openFiling(NormDocument d, FilingTarget target, LocalDate publishedOn, CurrentUser user) {
        Deadline due = filingDeadline(target, publishedOn);
        jdbc.sql("""
                        INSERT INTO nd_filing (county_code, document_id, unit_id, target, due_on, due_citation, status,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :d, :u, :t, :due, :cit, 'PENDING', :now, :by, :now, :by)""")
                .param("c", d.countyCode()).param("d", d.id()).param("u", d.unitId()).param("t", target.name())
                .param("due", due.due()).param("cit", limit(due.citation(), 300))
                .param("now", Timestamp.from(clock.instant())).param("by", user.username()).update();
        events.publishEvent(new DeadlineSet(d.countyCode(), d.unitId(), null, MODULE, "filing", Long.toString(d.id()),
                "filing-" + target.name().toLowerCase(), limit("《" + d.title() + "》报" + target.label() + "备案", 300),
                due.due(), limit(due.citation(), 300), "/normdocs/" + d.id()));
    }

    /** 报备期限: calendar days from publication, configurable per filing body (default 30 日). */
    Deadline filingDeadline(FilingTarget target, LocalDate publishedOn) {
        if (target == FilingTarget.NPC && settings.npcFilingDays() == StatutoryPeriod.NORMDOC_FILING.amount()) {
            return deadlines.compute(StatutoryPeriod.NORMDOC_FILING, publishedOn);
        }
        int days = target == FilingTarget.NPC ? settings.npcFilingDays() : settings.governmentFilingDays();
        Deadline plain = deadlines.compute(DeadlineRequest.of(publishedOn, days, PeriodUnit.CALENDAR_DAYS));
        String citation = target == FilingTarget.NPC ? StatutoryPeriod.NORMDOC_FILING.citation()
                : settings.governmentFilingCitation();
        return new Deadline(plain.start(), plain.amount(), plain.unit(), plain.extension(), plain.stops(), plain.period(),
                plain.due(), plain.nominalEnd(), plain.unknownYear(), plain.unknownYears(), citation, plain.explanation());
    }

    private void setExpiryReminder(NormDocument d) {
        if (d.expiresOn() == null) {
            return;
        }
        LocalDate due = d.expiresOn().minusMonths(settings.expiryReminderMonths());
        events.publishEvent(new DeadlineSet(d.countyCode(), d.unitId(), null, MODULE, SOURCE_TYPE, Long.toString(d.id()),
                EXPIRY_KIND, limit("《" + d.title() + "》有效期将于 " + d.expiresOn() + " 届满，请在届满前"
                + settings.expiryReminderMonths() + "个月完成评估", 300), due,
                "地方规范性文件管理规定（有效期届满前" + settings.expiryReminderMonths() + "个月评估，按本地规定配置）",
                "/normdocs/" + d.id()));
    }

    private void clearExpiry(NormDocument d) {
        events.publishEvent(new DeadlineCleared(d.countyCode(), MODULE, SOURCE_TYPE, Long.toString(d.id()), EXPIRY_KIND));
    }

    // ---- 备案 ----

    /** 报送备案 (and, after a return, the corrected re-submission), with the filing report and its materials. */
    @Transactional
    OfficialDocument submitFiling(long id, FilingTarget target, LocalDate submittedOn, List<String> materials,
                                  CurrentUser user) {
        NormDocument d = store.lock(id, user);
        if (!d.published()) {
            throw BusinessException.conflict("未公布的文件不能报送备案");
        }
        if (target == null) {
            throw BusinessException.invalid("请选择备案机关");
        }
        Filing f = store.filing(id, target).orElseThrow(() -> BusinessException.conflict("政策性文件无需报送备案"));
        if (f.status() != FilingStatus.PENDING && f.status() != FilingStatus.RETURNED) {
            throw BusinessException.conflict("该备案已" + f.status().label() + "，不能重复报送");
        }
        if (submittedOn == null || submittedOn.isAfter(today()) || submittedOn.isBefore(d.publishedOn())) {
            throw BusinessException.invalid("报备日期应在公布之后、不晚于今天");
        }
        List<String> required = List.of("备案报告", "正式文本", "起草说明", "合法性审核意见书");
        List<String> missing = required.stream().filter(m -> materials == null || !materials.contains(m)).toList();
        if (!missing.isEmpty()) {
            throw BusinessException.invalid("报备材料不全，缺少：" + String.join("、", missing));
        }
        OfficialDocument doc = workDocument(d, "关于报送《" + d.title() + "》备案的报告",
                recipient(d, target),
                List.of("《" + d.title() + "》（" + d.docNumber() + "）已于" + CN_DATE.format(d.publishedOn()) + "公布，自"
                                + CN_DATE.format(d.effectiveOn()) + "起施行。根据规范性文件备案审查的规定，现报送备案。",
                        "随文报送：" + String.join("、", materials) + "。",
                        f.status() == FilingStatus.RETURNED ? "本次为按退回意见补正后重新报送（退回理由：" + f.returnReason() + "）。" : "",
                        "请予审查备案。"));
        jdbc.sql("""
                        UPDATE nd_filing SET status = 'SUBMITTED', submitted_on = :on, first_submitted_on = coalesce(first_submitted_on, :on),
                            materials = :m, report_document_id = :doc, updated_at = :now, updated_by = :by, version = version + 1
                        WHERE id = :id""")
                .param("on", submittedOn).param("m", limit(String.join("、", materials), 1000)).param("doc", doc.id())
                .param("now", Timestamp.from(clock.instant())).param("by", user.username()).param("id", f.id()).update();
        events.publishEvent(new DeadlineCleared(d.countyCode(), MODULE, "filing", Long.toString(id),
                "filing-" + target.name().toLowerCase()));
        store.step(d, StepCode.FILED, submittedOn, "报" + target.label() + "备案" + (submittedOn.isAfter(f.dueOn())
                ? "（逾期，期限 " + f.dueOn() + "）" : ""), doc.id(), user.username());
        changed(d, user, "normdocs.filing.submitted", "《" + d.title() + "》报" + target.label() + "备案");
        return doc;
    }

    /** The filing body's answer (备案审查结果): accepted with a receipt number, or returned for correction. */
    @Transactional
    void recordFilingResult(long id, FilingTarget target, boolean accepted, LocalDate on, String text,
                            CurrentUser user) {
        if (!user.can("normdocs:filing:receipt")) {
            throw BusinessException.forbidden("无权登记备案审查结果");
        }
        NormDocument d = store.lock(id, user);
        Filing f = store.filing(id, target).orElseThrow(() -> BusinessException.notFound("备案记录不存在"));
        if (f.status() != FilingStatus.SUBMITTED) {
            throw BusinessException.conflict("尚未报送备案，不能登记审查结果");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(f.submittedOn())) {
            throw BusinessException.invalid("日期应在报送之后、不晚于今天");
        }
        String value = text(text, accepted ? "备案登记号" : "退回理由", 1000);
        if (accepted) {
            jdbc.sql("UPDATE nd_filing SET status = 'ACCEPTED', accepted_on = :on, receipt_number = :v, updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                    .param("on", on).param("v", limit(value, 60)).param("now", Timestamp.from(clock.instant()))
                    .param("by", user.username()).param("id", f.id()).update();
            store.step(d, StepCode.FILING_ACCEPTED, on, target.label() + "准予备案，登记号 " + value, null, user.username());
        } else {
            Deadline again = deadlines.compute(DeadlineRequest.of(on, settings.refilingDays(), PeriodUnit.CALENDAR_DAYS));
            jdbc.sql("UPDATE nd_filing SET status = 'RETURNED', returned_on = :on, return_reason = :v, corrections = corrections + 1, updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                    .param("on", on).param("v", value).param("now", Timestamp.from(clock.instant()))
                    .param("by", user.username()).param("id", f.id()).update();
            events.publishEvent(new DeadlineSet(d.countyCode(), d.unitId(), null, MODULE, "filing", Long.toString(id),
                    "filing-" + target.name().toLowerCase(), limit("《" + d.title() + "》备案退回，补正后重新报" + target.label(), 300),
                    again.due(), "备案审查机关退回补正（重新报送期限按本地规定配置，默认" + settings.refilingDays() + "日）",
                    "/normdocs/" + id));
            store.step(d, StepCode.FILING_RETURNED, on, target.label() + "退回：" + value, null, user.username());
        }
        changed(d, user, accepted ? "normdocs.filing.accepted" : "normdocs.filing.returned",
                "《" + d.title() + "》" + target.label() + (accepted ? "准予备案" : "退回补正：" + value));
    }

    // ---- 后评估、废止 ----

    @Transactional
    OfficialDocument evaluate(long id, EvaluationResult result, String report, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, "实施后评估", DocStatus.PUBLISHED);
        if (result == null) {
            throw BusinessException.invalid("请选择评估结论");
        }
        String text = text(report, "评估报告摘要", 10_000);
        OfficialDocument doc = workDocument(d, "《" + d.title() + "》实施情况评估报告", "",
                List.of("《" + d.title() + "》（" + d.docNumber() + "）自" + CN_DATE.format(d.effectiveOn()) + "起施行"
                                + (d.expiresOn() == null ? "" : "，有效期至" + CN_DATE.format(d.expiresOn())) + "。我单位对其实施情况进行了评估。",
                        text, "评估结论：" + result.label() + "。"));
        jdbc.sql("""
                        INSERT INTO nd_evaluation (county_code, document_id, unit_id, evaluated_on, result, report, report_document_id,
                            created_at, created_by) VALUES (:c, :d, :u, :on, :r, :t, :doc, :now, :by)""")
                .param("c", d.countyCode()).param("d", id).param("u", d.unitId()).param("on", today())
                .param("r", result.name()).param("t", text).param("doc", doc.id())
                .param("now", Timestamp.from(clock.instant())).param("by", user.username()).update();
        clearExpiry(d);
        store.step(d, StepCode.EVALUATED, today(), "评估结论：" + result.label(), doc.id(), user.username());
        changed(d, user, "normdocs.document.evaluated", "《" + d.title() + "》实施后评估：" + result.label());
        return doc;
    }

    /** 废止 (or, in a clean-up, 宣布失效): the document leaves force; the record stays. */
    @Transactional
    OfficialDocument repeal(long id, LocalDate on, String reason, boolean declareInvalid, CurrentUser user) {
        NormDocument d = store.lock(id, user);
        require(d, declareInvalid ? "宣布失效" : "废止", DocStatus.PUBLISHED);
        if (on == null || on.isAfter(today()) || on.isBefore(d.publishedOn())) {
            throw BusinessException.invalid("废止日期应在公布之后、不晚于今天");
        }
        String why = text(reason, "理由", 1000);
        String verb = declareInvalid ? "宣布失效" : "废止";
        OfficialDocument doc = workDocument(d, "关于" + verb + "《" + d.title() + "》的决定", "",
                List.of("经研究，决定自" + CN_DATE.format(on) + "起" + verb + "《" + d.title() + "》（" + d.docNumber() + "）。",
                        "理由：" + why, verb + "后，该文件不再作为行政管理的依据。"));
        store.update(id, user.username(), mapOf("status", declareInvalid ? DocStatus.INVALIDATED : DocStatus.REPEALED,
                "repealed_on", on, "repeal_reason", why));
        clearExpiry(d);
        store.step(d, declareInvalid ? StepCode.INVALIDATED : StepCode.REPEALED, on, why, doc.id(), user.username());
        changed(d, user, "normdocs.document." + (declareInvalid ? "invalidated" : "repealed"), "《" + d.title() + "》" + verb);
        events.publishEvent(new IndexNeeded(id));
        return doc;
    }

    // ---- helpers ----

    /** 主送: the county's 人大常委会 (named after the county government) or the higher government. */
    private String recipient(NormDocument d, FilingTarget target) {
        if (target == FilingTarget.GOVERNMENT) {
            return "上一级人民政府";
        }
        String government = jdbc.sql("SELECT name FROM org_unit WHERE county_code = :c AND parent_id IS NULL ORDER BY id LIMIT 1")
                .param("c", d.countyCode()).query(String.class).optional().orElse("");
        return government.endsWith("人民政府") ? government.substring(0, government.length() - 4) + "人大常委会" : "本级人大常委会";
    }

    OfficialDocument workDocument(NormDocument d, String title, String recipient, List<String> paragraphs) {
        return documents.generate(DocumentRequest.letter(d.unitId(), WORK_DOC_TYPE, limit(title, 300), recipient,
                paragraphs.stream().filter(p -> !p.isBlank()).toList()).unnumbered()
                .ownedBy(MODULE, "nd_document", Long.toString(d.id())));
    }

    private void changed(NormDocument d, CurrentUser user, String action, String summary) {
        events.publishEvent(new NormdocChanged(d.countyCode(), user.username(), action, d.id(), limit(summary, 500)));
    }

    private static void require(NormDocument d, String step, DocStatus... allowed) {
        if (!Set.of(allowed).contains(d.status())) {
            throw outOfOrder(d, step, null);
        }
    }

    private static BusinessException outOfOrder(NormDocument d, String step, @Nullable String hint) {
        return BusinessException.conflict("《" + d.title() + "》当前环节为“" + d.status().label() + "”，不能" + step
                + (hint == null ? "" : "：" + hint));
    }

    static String text(@Nullable String value, String label, int max) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw BusinessException.invalid("请填写" + label);
        }
        if (t.length() > max) {
            throw BusinessException.invalid(label + "不能超过 " + max + " 个字");
        }
        return t;
    }

    private static @Nullable String blank(@Nullable String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > max) {
            throw BusinessException.invalid("内容不能超过 " + max + " 个字");
        }
        return s.strip();
    }

    static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
