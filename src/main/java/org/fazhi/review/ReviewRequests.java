package org.fazhi.review;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StoppedInterval;
import org.fazhi.files.Attachment;
import org.fazhi.files.AttachmentUpload;
import org.fazhi.files.Attachments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Submitting review requests and asking for their state (送审与查询) — the API other modules call (see the package
 * documentation). The reviewer's side (分办、补正、逐条意见、办结) is in {@link ReviewWork}.
 */
@Service
public class ReviewRequests {

    static final String MODULE = "review";
    static final String DEADLINE_KIND = "legality-review";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Attachments attachments;
    private final Deadlines deadlines;
    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewRequests(JdbcClient jdbc, OrgDirectory org, Attachments attachments, Deadlines deadlines,
                   ReviewSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Receives a request (收件) and starts the review clock, or stops it at once when materials are incomplete. In a
     * signed-in request the unit must lie in the user's data scope; a system job may submit for any unit.
     *
     * @return the request id
     * @throws BusinessException for missing fields, a unit outside the scope, or a source record that already has an
     *                           open request
     */
    @Transactional
    public long submit(ReviewSubmission s) {
        String sourceModule = code(s.sourceModule(), "来源模块");
        String sourceType = code(s.sourceType(), "来源类型");
        String sourceId = text(s.sourceId(), "来源记录", 64);
        String title = text(s.title(), "送审事项名称", 300);
        String body = text(s.text(), "送审稿正文", 200_000);
        if (s.kind() == null) {
            throw BusinessException.invalid("请选择审查事项类别");
        }
        if (s.link() != null && (!s.link().startsWith("/") || s.link().startsWith("//") || s.link().length() > 500)) {
            throw BusinessException.invalid("来源链接必须是以 / 开头的站内地址");
        }
        Optional<CurrentUser> user = CurrentUser.find();
        OrgDirectory.UnitRef unit = (user.isPresent() ? org.activeUnit(s.unitId(), user.get().filter())
                : org.unitById(s.unitId()))
                .orElseThrow(() -> BusinessException.notFound("送审单位不存在或不在您的数据范围内"));
        String actor = user.map(CurrentUser::username).orElse("system");
        for (Long attachmentId : s.attachmentIds()) {
            if (user.isPresent()) {
                attachments.get(attachmentId, user.get().filter());
            }
        }
        Integer open = jdbc.sql("""
                        SELECT count(*) FROM rv_request WHERE county_code = :county AND source_module = :m
                        AND source_type = :t AND source_id = :id AND status IN ('RECEIVED', 'SUPPLEMENTING', 'IN_REVIEW')""")
                .param("county", unit.countyCode()).param("m", sourceModule).param("t", sourceType).param("id", sourceId)
                .query(Integer.class).single();
        if (open > 0) {
            throw BusinessException.conflict("该事项已有正在办理的合法性审查申请，不能重复送审");
        }
        long reviewingUnit = reviewingUnit(unit.countyCode());
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        ReviewStatusCode status = s.materialsComplete() ? ReviewStatusCode.RECEIVED : ReviewStatusCode.SUPPLEMENTING;
        long id = jdbc.sql("""
                        INSERT INTO rv_request (county_code, unit_id, reviewing_unit_id, source_module, source_type, source_id,
                            kind, title, body_text, link, status, received_on, period_days, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:county, :unit, :reviewing, :m, :t, :sid, :kind, :title, :body, :link, :status, :today,
                            :period, :now, :by, :now, :by) RETURNING id""")
                .param("county", unit.countyCode()).param("unit", unit.id()).param("reviewing", reviewingUnit)
                .param("m", sourceModule).param("t", sourceType).param("sid", sourceId).param("kind", s.kind().name())
                .param("title", title).param("body", body).param("link", s.link()).param("status", status.name())
                .param("today", today).param("period", settings.periodWorkingDays()).param("now", now)
                .param("by", actor).query(Long.class).single();
        for (Long attachmentId : s.attachmentIds()) {
            jdbc.sql("INSERT INTO rv_request_attachment (request_id, county_code, attachment_id) VALUES (:r, :c, :a) ON CONFLICT DO NOTHING")
                    .param("r", id).param("c", unit.countyCode()).param("a", attachmentId).update();
        }
        events.publishEvent(new ReviewChanged(unit.countyCode(), actor, "review.request.submitted", id,
                unit.name() + "送审《" + title + "》（" + s.kind().label() + "）"));
        if (s.materialsComplete()) {
            reschedule(id);
        } else {
            String reason = s.missingMaterials() == null || s.missingMaterials().isBlank() ? "送审材料不齐全"
                    : s.missingMaterials().strip();
            jdbc.sql("""
                            INSERT INTO rv_stop (county_code, request_id, reason, from_date, created_at, created_by)
                            VALUES (:c, :r, :reason, :from, :now, :by)""")
                    .param("c", unit.countyCode()).param("r", id).param("reason", truncate(reason, 500))
                    .param("from", today.plusDays(1)).param("now", now).param("by", actor).update();
        }
        return id;
    }

    /** A file of 送审材料 as uploaded: its name and a way to read it (a {@code MultipartFile} is one). */
    record Material(String originalName, InputStreamSource content) {
    }

    /** At most this many files per upload. */
    static final int MAX_MATERIALS = 20;

    /**
     * Submits a request together with its 送审材料 files: the request and every file are stored, or, when one file is
     * refused (type or size, checked by {@code files.Attachments}), nothing is.
     */
    @Transactional
    long submit(ReviewSubmission s, List<Material> materials) {
        long id = submit(s);
        ReviewRequestView request = view(id);
        attach(request, materials, CurrentUser.find().map(CurrentUser::username).orElse("system"));
        return id;
    }

    /**
     * Stores files of 送审材料 for a request the caller has already found in scope and links them to it; all or none.
     * The attachments belong to the submitting unit (it reads them in its own scope); reviewers read them through the
     * request ({@link #material}).
     */
    @Transactional
    int attach(ReviewRequestView request, List<Material> materials, String actor) {
        List<Material> files = materials.stream().filter(m -> m.originalName() != null && !m.originalName().isBlank()).toList();
        if (files.size() > MAX_MATERIALS) {
            throw BusinessException.invalid("一次最多上传 " + MAX_MATERIALS + " 个送审材料");
        }
        for (Material m : files) {
            Attachment a;
            try (InputStream in = m.content().getInputStream()) {
                a = attachments.store(AttachmentUpload.of(request.countyCode(), request.unitId(), m.originalName(), actor)
                        .ownedBy(MODULE, "rv_request", Long.toString(request.id())), in);
            } catch (IOException e) {
                throw new UncheckedIOException("读取上传文件失败", e);
            }
            jdbc.sql("INSERT INTO rv_request_attachment (request_id, county_code, attachment_id) VALUES (:r, :c, :a) ON CONFLICT DO NOTHING")
                    .param("r", request.id()).param("c", request.countyCode()).param("a", a.id()).update();
            events.publishEvent(new ReviewChanged(request.countyCode(), actor, "review.material.attached", request.id(),
                    truncate("《" + request.title() + "》送审材料：" + a.originalName() + "（" + a.displaySize() + "）", 500)));
        }
        return files.size();
    }

    /** The 送审材料 of a request the caller has already found in scope, oldest first. */
    List<Attachment> materials(ReviewRequestView request) {
        ScopeFilter county = county(request.countyCode());
        return jdbc.sql("SELECT attachment_id FROM rv_request_attachment WHERE request_id = :r ORDER BY attachment_id")
                .param("r", request.id()).query(Long.class).list().stream()
                .map(id -> attachments.find(id, county)).flatMap(Optional::stream).toList();
    }

    /**
     * One file of a request the caller has already found in scope (a reviewer through the assignment, the units
     * through their scope); a file of another request is reported as absent.
     */
    Attachment material(ReviewRequestView request, long attachmentId) {
        Integer linked = jdbc.sql("SELECT count(*) FROM rv_request_attachment WHERE request_id = :r AND attachment_id = :a")
                .param("r", request.id()).param("a", attachmentId).query(Integer.class).single();
        if (linked == 0) {
            throw BusinessException.notFound("送审材料不存在");
        }
        return attachments.get(attachmentId, county(request.countyCode()));
    }

    InputStream open(Attachment attachment) {
        return attachments.open(attachment);
    }

    /** The county as a scope: the material was found through a request the reader may see. */
    private static ScopeFilter county(String countyCode) {
        return new ScopeFilter(DataScope.COUNTY, countyCode, null, null);
    }

    private ReviewRequestView view(long id) {
        return jdbc.sql("SELECT " + ReviewWork.COLUMNS + " FROM rv_request r JOIN org_unit u ON u.id = r.unit_id WHERE r.id = :id")
                .param("id", id).query(ReviewWork::view).single();
    }

    /** The latest request for a source record (最近一次送审), if any, regardless of the user's scope. */
    public Optional<ReviewStatus> latest(String countyCode, String sourceModule, String sourceType, String sourceId) {
        return jdbc.sql("""
                        SELECT id, status, outcome, received_on, due_on, concluded_on, opinion_document_id, opinion_number
                        FROM rv_request WHERE county_code = :c AND source_module = :m AND source_type = :t AND source_id = :id
                        ORDER BY id DESC LIMIT 1""")
                .param("c", countyCode).param("m", sourceModule).param("t", sourceType).param("id", sourceId)
                .query((rs, n) -> new ReviewStatus(rs.getLong("id"), ReviewStatusCode.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : ReviewOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("concluded_on", LocalDate.class), rs.getObject("opinion_document_id", Long.class),
                        rs.getString("opinion_number")))
                .optional();
    }

    /**
     * Recomputes the due date from the received day, the configured period and the closed 补正 intervals, stores it
     * and puts it on the worklist of the review body (and of the assignee once assigned).
     */
    void reschedule(long id) {
        var row = jdbc.sql("SELECT county_code, reviewing_unit_id, title, received_on, period_days, assignee FROM rv_request WHERE id = :id")
                .param("id", id).query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6)}).single();
        LocalDate received = (LocalDate) row[3];
        Deadline deadline = deadline(received, (Integer) row[4], stops(id));
        jdbc.sql("UPDATE rv_request SET due_on = :due, due_citation = :cit, due_explanation = :exp WHERE id = :id")
                .param("due", deadline.due()).param("cit", truncate(settings.periodCitation(), 300))
                .param("exp", deadline.explanation()).param("id", id).update();
        events.publishEvent(new DeadlineSet((String) row[0], (Long) row[1], (String) row[5], MODULE, "request",
                Long.toString(id), DEADLINE_KIND, truncate("合法性审查：" + row[2], 300), deadline.due(),
                truncate(settings.periodCitation(), 300), "/review/requests/" + id));
    }

    void clearDeadline(String countyCode, long id) {
        events.publishEvent(new DeadlineCleared(countyCode, MODULE, "request", Long.toString(id), DEADLINE_KIND));
    }

    /** The review deadline: working days from the day after receipt, the closed 补正 intervals not counted. */
    Deadline deadline(LocalDate received, int days, List<ReviewStop> stops) {
        List<StoppedInterval> intervals = new ArrayList<>();
        for (ReviewStop stop : stops) {
            if (stop.toDate() != null && !stop.toDate().isBefore(stop.fromDate())) {
                intervals.add(new StoppedInterval(stop.fromDate(), stop.toDate()));
            }
        }
        return deadlines.compute(DeadlineRequest.of(received, days, PeriodUnit.WORKING_DAYS).withStops(intervals));
    }

    List<ReviewStop> stops(long requestId) {
        return jdbc.sql("SELECT id, reason, from_date, to_date FROM rv_stop WHERE request_id = :r ORDER BY from_date, id")
                .param("r", requestId)
                .query((rs, n) -> new ReviewStop(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** The county's review body: the unit matching the configured name pattern, else the county government. */
    private long reviewingUnit(String countyCode) {
        return jdbc.sql("""
                        SELECT id FROM org_unit WHERE county_code = :c AND status = 'ACTIVE' AND name LIKE :p
                        ORDER BY length(ancestors), sort_order, id LIMIT 1""")
                .param("c", countyCode).param("p", settings.reviewingUnitPattern()).query(Long.class).optional()
                .or(() -> jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND parent_id IS NULL ORDER BY id LIMIT 1")
                        .param("c", countyCode).query(Long.class).optional())
                .orElseThrow(() -> BusinessException.invalid("本县尚未设置审查机构（司法行政部门）"));
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

    private static String code(@Nullable String value, String label) {
        String t = value == null ? "" : value.strip();
        if (!t.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw BusinessException.invalid(label + "应为小写英文代码");
        }
        return t;
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
