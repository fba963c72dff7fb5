package org.fazhi.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.files.Attachment;
import org.fazhi.files.DocumentRequest;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorCatalog;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorValue;
import org.fazhi.indicators.IndicatorValues;
import org.fazhi.indicators.ValueScopes;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
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

/**
 * Annual rule-of-law reports (法治政府建设年度报告): drafting from the indicators, editing, the consistency check, and
 * the workflow draft → review → sign-off (签发, figures frozen) → submission upward (报送, by 3月1日, with a GB/T 9704
 * docx) → publication on the portal (公开, by 4月1日). A report with unresolved findings is not submitted unless a
 * reviewer records why; a submitted or published report is never submitted again.
 */
@Service
public class AnnualReports {

    static final String MODULE = "reports";
    static final String DOC_TYPE = "rpt-annual";
    static final String KIND_SUBMISSION = "annual-report-submission";
    static final String KIND_PUBLICATION = "annual-report-publication";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final OfficialDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualReports(JdbcClient jdbc, OrgDirectory org, IndicatorCatalog catalog, IndicatorValues values,
                  OfficialDocuments documents, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.catalog = catalog;
        this.values = values;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** Workflow states (报告状态). */
    public enum Status {
        DRAFT("起草中"), IN_REVIEW("审核中"), RETURNED("已退回修改"), SIGNED("已签发待报送"), SUBMITTED("已报送待公开"),
        PUBLISHED("已公开");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A report's header. */
    public record Report(long id, String countyCode, long unitId, String unitName, int year, String scopeKind,
                         String title, Status status, @Nullable String reviewComment,
                         @Nullable OffsetDateTime signedAt, @Nullable String signedBy,
                         @Nullable OffsetDateTime submittedAt, @Nullable OffsetDateTime publishedAt,
                         @Nullable String overrideReason, @Nullable Long documentId) {

        public boolean editable() {
            return status == Status.DRAFT || status == Status.RETURNED;
        }

        public boolean county() {
            return "COUNTY".equals(scopeKind);
        }
    }

    /** A chapter: heading, the body with references, and the frozen text once signed. */
    public record Section(int seq, String heading, String body, @Nullable String rendered) {
    }

    /** A chapter as printed: heading and paragraphs. */
    public record Printed(String heading, List<String> paragraphs) {
    }

    private static final String REPORT_SELECT = """
            SELECT r.id, r.county_code, r.unit_id, u.name AS unit_name, r.year, r.scope_kind, r.title, r.status,
                   r.review_comment, r.signed_at, r.signed_by, r.submitted_at, r.published_at, r.override_reason,
                   r.document_id
            FROM rpt_report r JOIN org_unit u ON u.id = r.unit_id""";

    private static Report report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getInt("year"), rs.getString("scope_kind"), rs.getString("title"),
                Status.valueOf(rs.getString("status")), rs.getString("review_comment"),
                rs.getObject("signed_at", OffsetDateTime.class), rs.getString("signed_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("override_reason"), rs.getObject("document_id", Long.class));
    }

    /**
     * Creates the unit's (or, for the county government, the county's) report of a year with a first draft from the
     * indicators, and puts its two deadlines on the worklist. An existing report of that unit and year is returned.
     */
    @Transactional
    public long create(long unitId, int year, CurrentUser user) {
        return create(unitId, year, false, user);
    }

    /** Like {@link #create(long, int, CurrentUser)}, with a legality-review chapter when {@code legality}. */
    @Transactional
    public long create(long unitId, int year, boolean legality, CurrentUser user) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid("报告年度不正确：" + year);
        }
        OrgDirectory.UnitRef unit = org.activeUnit(unitId, user.filter())
                .orElseThrow(() -> BusinessException.notFound("单位不存在或不在您的数据范围内"));
        Optional<Long> existing = jdbc.sql("SELECT id FROM rpt_report WHERE county_code = :c AND unit_id = :u AND year = :y")
                .param("c", unit.countyCode()).param("u", unit.id()).param("y", year).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean county = unit.kind() == UnitKind.GOVERNMENT;
        String title = county ? unit.name() + "关于" + year + "年度法治政府建设情况的报告"
                : unit.name() + year + "年度法治政府建设情况报告";
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO rpt_report (county_code, unit_id, year, scope_kind, title, status, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:c, :u, :y, :scope, :title, 'DRAFT', :now, :by, :now, :by) RETURNING id""")
                .param("c", unit.countyCode()).param("u", unit.id()).param("y", year)
                .param("scope", county ? "COUNTY" : "UNIT").param("title", title).param("now", now)
                .param("by", user.username()).query(Long.class).single();
        IndicatorScope scope = scope(unit, county);
        Map<String, IndicatorValue> byCode = valueMap(scope, scopeKey(unit, county), year);
        List<String> headings = ReportDraft.headings(year, legality);
        List<String> bodies = ReportDraft.bodies(catalog.entries(), byCode, legality);
        for (int i = 0; i < headings.size(); i++) {
            jdbc.sql("""
                            INSERT INTO rpt_section (county_code, report_id, unit_id, seq, heading, body, created_at, created_by,
                                updated_at, updated_by) VALUES (:c, :r, :u, :seq, :h, :b, :now, :by, :now, :by)""")
                    .param("c", unit.countyCode()).param("r", id).param("u", unit.id()).param("seq", i + 1)
                    .param("h", headings.get(i)).param("b", bodies.get(i)).param("now", now)
                    .param("by", user.username()).update();
        }
        String link = "/reports/" + id;
        events.publishEvent(new DeadlineSet(unit.countyCode(), unit.id(), null, MODULE, "rpt_report",
                Long.toString(id), KIND_SUBMISSION, title + "报送", ReportDeadlines.submission(year),
                ReportDeadlines.SUBMISSION_CITATION, link));
        events.publishEvent(new DeadlineSet(unit.countyCode(), unit.id(), null, MODULE, "rpt_report",
                Long.toString(id), KIND_PUBLICATION, title + "向社会公开", ReportDeadlines.publication(year),
                ReportDeadlines.PUBLICATION_CITATION, link));
        events.publishEvent(new AnnualReportChanged(unit.countyCode(), user.username(), "reports.annual.created", id,
                unit.id(), year, title + "已起草"));
        return id;
    }

    public Report report(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql(REPORT_SELECT + " WHERE r.id = :id AND " + scope.on("r.county_code", "r.unit_id"))
                .params(params).query(AnnualReports::report).optional()
                .orElseThrow(() -> BusinessException.notFound("报告不存在或不在您的数据范围内"));
    }

    public List<Section> sections(long reportId) {
        return jdbc.sql("SELECT seq, heading, body, rendered FROM rpt_section WHERE report_id = :r ORDER BY seq")
                .param("r", reportId)
                .query((rs, n) -> new Section(rs.getInt("seq"), rs.getString("heading"), rs.getString("body"),
                        rs.getString("rendered"))).list();
    }

    /** The figures the report's references resolve to: its scope and year. */
    FigureText.Figures figures(Report report) {
        OrgDirectory.UnitRef unit = org.unitById(report.unitId()).orElseThrow();
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        catalog.entries().forEach(e -> entries.put(e.code(), e));
        return new FigureText.Figures(entries,
                valueMap(scope(unit, report.county()), scopeKey(unit, report.county()), report.year()));
    }

    /** The chapters as printed: the frozen text once signed, the live figures before. */
    public List<Printed> printed(Report report) {
        List<Section> sections = sections(report.id());
        FigureText.Figures figures = sections.stream().allMatch(s -> s.rendered() != null) ? null : figures(report);
        List<Printed> out = new ArrayList<>();
        for (Section s : sections) {
            String text = s.rendered() != null ? s.rendered() : FigureText.render(s.body(), figures);
            out.add(new Printed(s.heading(), paragraphs(text)));
        }
        return out;
    }

    /** The consistency findings of the report as it stands (live figures). */
    public List<Finding> check(long id, ScopeFilter scope) {
        Report report = report(id, scope);
        return check(report);
    }

    List<Finding> check(Report report) {
        List<ConsistencyCheck.Chapter> chapters = sections(report.id()).stream()
                .map(s -> new ConsistencyCheck.Chapter(s.seq(), s.heading(), s.body())).toList();
        return ConsistencyCheck.check(chapters, figures(report));
    }

    /** Saves a chapter's narrative while the report is being drafted. */
    @Transactional
    public void saveSection(long id, int seq, String body, CurrentUser user) {
        Report report = report(id, user.filter());
        if (!report.editable()) {
            throw BusinessException.conflict("报告" + report.status().label() + "，不能修改");
        }
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.length() > 50_000) {
            throw BusinessException.invalid("每章正文不超过五万字");
        }
        int updated = jdbc.sql("""
                        UPDATE rpt_section SET body = :b, updated_at = :now, updated_by = :by, version = version + 1
                        WHERE report_id = :r AND seq = :seq""")
                .param("b", text).param("now", Timestamp.from(clock.instant())).param("by", user.username())
                .param("r", id).param("seq", seq).update();
        if (updated != 1) {
            throw BusinessException.notFound("章节不存在：" + seq);
        }
        event(report, user, "reports.annual.edited", "修改第" + seq + "章");
    }

    /**
     * Adds to the county report's last chapter how the units' reports stand (县级汇总): which units' reports are
     * signed, submitted or published for the year, and which are missing.
     */
    @Transactional
    public void compile(long id, CurrentUser user) {
        Report report = report(id, user.filter());
        if (!report.county()) {
            throw BusinessException.invalid("只有县本级报告可以汇总各单位报告");
        }
        if (!report.editable()) {
            throw BusinessException.conflict("报告" + report.status().label() + "，不能修改");
        }
        List<String> done = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        jdbc.sql("""
                        SELECT u.name, r.status FROM rpt_report r JOIN org_unit u ON u.id = r.unit_id
                        WHERE r.county_code = :c AND r.year = :y AND r.scope_kind = 'UNIT'
                        ORDER BY u.ancestors, u.sort_order, u.id""")
                .param("c", report.countyCode()).param("y", report.year())
                .query((rs, n) -> {
                    Status s = Status.valueOf(rs.getString(2));
                    boolean finished = s == Status.SIGNED || s == Status.SUBMITTED || s == Status.PUBLISHED;
                    return (finished ? done : pending).add(rs.getString(1) + "（" + s.label() + "）");
                }).list();
        String paragraph = "各单位" + report.year() + "年度法治政府建设情况报告汇总：已签发" + done.size() + "份"
                + (done.isEmpty() ? "" : "，即" + String.join("、", done)) + "；尚未签发" + pending.size() + "份"
                + (pending.isEmpty() ? "" : "，即" + String.join("、", pending)) + "。";
        Section last = sections(id).get(sections(id).size() - 1);
        String body = last.body().isBlank() ? paragraph : last.body() + "\n" + paragraph;
        saveSection(id, last.seq(), body, user);
        event(report, user, "reports.annual.compiled", "汇总各单位报告：已签发" + done.size() + "份，未签发" + pending.size() + "份");
    }

    /** Sends the draft for review (提交审核): every required chapter but the last must have text. */
    @Transactional
    public void sendForReview(long id, CurrentUser user) {
        Report report = report(id, user.filter());
        if (!report.editable()) {
            throw BusinessException.conflict("报告" + report.status().label() + "，不能提交审核");
        }
        List<Section> sections = sections(id);
        for (Section s : sections) {
            // Every chapter but the last (其他需要报告的情况, which may be empty) must have text.
            if (s.seq() < sections.size() && s.body().isBlank()) {
                throw BusinessException.invalid("“" + s.heading() + "”尚未填写，不能提交审核");
            }
        }
        move(report, Status.IN_REVIEW, user, "reports.annual.review", "提交审核", null);
    }

    /** Returns the report to its drafters with comments (退回修改). */
    @Transactional
    public void sendBack(long id, String comment, CurrentUser user) {
        requireReviewer(user);
        Report report = report(id, user.filter());
        if (report.status() != Status.IN_REVIEW) {
            throw BusinessException.conflict("报告" + report.status().label() + "，不能退回");
        }
        if (comment == null || comment.isBlank()) {
            throw BusinessException.invalid("退回时请填写修改意见");
        }
        move(report, Status.RETURNED, user, "reports.annual.returned", "退回修改：" + comment.strip(), comment.strip());
    }

    /** Signs the report off (审核签发): the figures are frozen into the text as they stand now. */
    @Transactional
    public void sign(long id, CurrentUser user) {
        requireReviewer(user);
        Report report = report(id, user.filter());
        if (report.status() != Status.IN_REVIEW) {
            throw BusinessException.conflict("报告" + report.status().label() + "，不能签发");
        }
        FigureText.Figures figures = figures(report);
        for (Section s : sections(id)) {
            jdbc.sql("UPDATE rpt_section SET rendered = :t, version = version + 1 WHERE report_id = :r AND seq = :seq")
                    .param("t", FigureText.render(s.body(), figures)).param("r", id).param("seq", s.seq()).update();
        }
        jdbc.sql("UPDATE rpt_report SET signed_at = :now, signed_by = :by WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("by", user.username()).param("id", id).update();
        move(report, Status.SIGNED, user, "reports.annual.signed", "审核签发", null);
    }

    /**
     * Submits the signed report upward (报送) with its GB/T 9704 document. Unresolved findings block it unless a
     * reviewer gives the reason to submit anyway; a report already submitted or published is not submitted again.
     */
    @Transactional
    public OfficialDocument submit(long id, @Nullable String overrideReason, CurrentUser user) {
        Report report = report(id, user.filter());
        if (report.status() == Status.SUBMITTED || report.status() == Status.PUBLISHED) {
            throw BusinessException.conflict("报告已于" + report.submittedAt().atZoneSameInstant(clock.getZone())
                    .toLocalDate() + "报送，不能再次报送");
        }
        if (report.status() != Status.SIGNED) {
            throw BusinessException.conflict("报告" + report.status().label() + "，签发后才能报送");
        }
        List<Finding> findings = check(report);
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!findings.isEmpty()) {
            if (reason == null) {
                Finding first = findings.get(0);
                throw BusinessException.invalid("一致性检查发现" + findings.size() + "个问题，不能报送。第一个问题在第"
                        + first.section() + "章第" + first.sentenceNo() + "句“" + first.sentence() + "”："
                        + first.message());
            }
            requireReviewer(user);
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<String> paragraphs = new ArrayList<>();
        for (Printed p : printed(report)) {
            paragraphs.add(p.heading());
            paragraphs.addAll(p.paragraphs());
        }
        OfficialDocument document = documents.generate(DocumentRequest.letter(report.unitId(), DOC_TYPE, report.title(),
                        report.county() ? "" : "县人民政府", paragraphs)
                .ownedBy(MODULE, "rpt_report", Long.toString(id)).unnumbered()
                .datedOn(now.toInstant().atZone(clock.getZone()).toLocalDate()));
        jdbc.sql("""
                        UPDATE rpt_report SET submitted_at = :now, submitted_by = :by, document_id = :doc,
                            override_reason = :reason, override_by = :overrideBy WHERE id = :id""")
                .param("now", now).param("by", user.username()).param("doc", document.id())
                .param("reason", findings.isEmpty() ? null : reason)
                .param("overrideBy", findings.isEmpty() ? null : user.username()).param("id", id).update();
        move(report, Status.SUBMITTED, user, "reports.annual.submitted", findings.isEmpty() ? "报送上级"
                : "存在" + findings.size() + "个一致性问题，经审核人决定仍报送：" + reason, null);
        events.publishEvent(new DeadlineCleared(report.countyCode(), MODULE, "rpt_report", Long.toString(id),
                KIND_SUBMISSION));
        return document;
    }

    /** Publishes the submitted report on the portal (向社会公开). */
    @Transactional
    public void publish(long id, CurrentUser user) {
        Report report = report(id, user.filter());
        if (report.status() == Status.PUBLISHED) {
            throw BusinessException.conflict("报告已公开，不能重复公开");
        }
        if (report.status() != Status.SUBMITTED) {
            throw BusinessException.conflict("报告" + report.status().label() + "，报送后才能公开");
        }
        jdbc.sql("UPDATE rpt_report SET published_at = :now, published_by = :by WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("by", user.username()).param("id", id).update();
        move(report, Status.PUBLISHED, user, "reports.annual.published", "向社会公开", null);
        events.publishEvent(new DeadlineCleared(report.countyCode(), MODULE, "rpt_report", Long.toString(id),
                KIND_PUBLICATION));
    }

    /** Reports in scope, newest year first. */
    public Page<Report> list(ScopeFilter scope, @Nullable Integer year, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = " WHERE " + scope.on("r.county_code", "r.unit_id") + (year == null ? "" : " AND r.year = :year");
        if (year != null) {
            params.put("year", year);
        }
        long total = jdbc.sql("SELECT count(*) FROM rpt_report r" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return Page.of(jdbc.sql(REPORT_SELECT + where
                        + " ORDER BY r.year DESC, r.scope_kind, u.ancestors, u.sort_order LIMIT :limit OFFSET :offset")
                .params(params).query(AnnualReports::report).list(), total, page);
    }

    /** Published reports of a county, newest first: what the portal shows (earlier years stay). */
    public List<Report> published(String countyCode) {
        return jdbc.sql(REPORT_SELECT + " WHERE r.county_code = :c AND r.status = 'PUBLISHED' ORDER BY r.year DESC, r.scope_kind, u.sort_order")
                .param("c", countyCode).query(AnnualReports::report).list();
    }

    /** One published report of the county, for the portal. */
    public Report publishedReport(long id, String countyCode) {
        return jdbc.sql(REPORT_SELECT + " WHERE r.id = :id AND r.county_code = :c AND r.status = 'PUBLISHED'")
                .param("id", id).param("c", countyCode).query(AnnualReports::report).optional()
                .orElseThrow(() -> BusinessException.notFound("报告不存在或尚未公开"));
    }

    /** The same unit's report of the year before, if any (上年报告，供对照). */
    public Optional<Report> lastYear(Report report, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("u", report.unitId());
        params.put("y", report.year() - 1);
        return jdbc.sql(REPORT_SELECT + " WHERE r.unit_id = :u AND r.year = :y AND " + scope.on("r.county_code", "r.unit_id"))
                .params(params).query(AnnualReports::report).optional();
    }

    /** The submitted document's Word file. */
    public Attachment docx(long id, ScopeFilter scope) {
        Report report = report(id, scope);
        if (report.documentId() == null) {
            throw BusinessException.notFound("报告尚未报送，没有公文");
        }
        return documents.docx(report.documentId(), scope);
    }

    private void move(Report report, Status to, CurrentUser user, String action, String summary,
                      @Nullable String comment) {
        int updated = jdbc.sql("""
                        UPDATE rpt_report SET status = :to, review_comment = COALESCE(:comment, review_comment),
                            updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id AND status = :from""")
                .param("to", to.name()).param("comment", comment).param("now", Timestamp.from(clock.instant()))
                .param("by", user.username()).param("id", report.id()).param("from", report.status().name()).update();
        if (updated != 1) {
            throw BusinessException.conflict("报告状态已变化，请刷新后重试");
        }
        event(report, user, action, summary);
    }

    private void event(Report report, CurrentUser user, String action, String summary) {
        events.publishEvent(new AnnualReportChanged(report.countyCode(), user.username(), action, report.id(),
                report.unitId(), report.year(), report.title() + "：" + summary));
    }

    private static void requireReviewer(CurrentUser user) {
        if (!user.can("reports:review")) {
            throw BusinessException.forbidden("您没有审核签发年度报告的权限");
        }
    }

    private Map<String, IndicatorValue> valueMap(IndicatorScope scope, String key, int year) {
        Map<String, IndicatorValue> byCode = new LinkedHashMap<>();
        values.values(scope, key, year).forEach(v -> byCode.put(v.code(), v));
        return byCode;
    }

    private static IndicatorScope scope(OrgDirectory.UnitRef unit, boolean county) {
        return county ? ValueScopes.county(unit.countyCode(), unit.name().replace("人民政府", ""))
                : ValueScopes.unitScope(unit);
    }

    private static String scopeKey(OrgDirectory.UnitRef unit, boolean county) {
        return county ? "county-" + unit.countyCode() : "unit-" + unit.id();
    }

    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
