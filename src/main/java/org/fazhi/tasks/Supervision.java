package org.fazhi.tasks;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.files.Attachment;
import org.fazhi.files.AttachmentUpload;
import org.fazhi.files.Attachments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supervision engine (督办): assigning an item to lead (主办) and co-handling (协办) units, acceptance, progress
 * feedback with attachments, urging (催办), extension and pause requests and their approval, completion request and its
 * acceptance or return (办结申请 → 审核), and the proposer's satisfaction. Each step is one transaction that writes the
 * item, its history entry, the worklist deadlines and an audit event, or nothing.
 *
 * <p>Who may act: the supervising unit (the unit that assigned the item, or any county-wide supervisor) urges and
 * decides; only an assigned unit accepts, reports and asks; only a lead unit asks for extension, pause or completion.
 * 人大代表建议 are answered within 3 months of assignment and broad or difficult ones within 6 (代表法第五十一条); the same
 * applies to 政协提案 under local rules; an extension beyond the 6 months is refused and these items cannot be paused,
 * because neither rule lets the clock stop.
 */
@Service
class Supervision {

    static final String MODULE = "tasks";
    static final int MAX_TEXT = 4000;
    static final int MAX_FILES = 10;

    /** An uploaded file. */
    record Upload(String name, byte[] content) {
    }

    /** A unit given an item, with the name printed in the plan it came from (if any). */
    record UnitAssignment(long unitId, String unitName, boolean lead, String printedName) {
    }

    /** A dated requirement or target confirmed for an item. */
    record Requirement(String kind, String phrase, String sentence, LocalDate dueDate, BigDecimal targetValue,
                       String unitWord, String indicatorCode) {
    }

    /** What the supervisor fills in to assign an item by hand. */
    record NewItem(String kind, String title, String body, String sourceRef, String proposer, String findingRef,
                   boolean complex, LocalDate assignedOn, LocalDate dueDate, List<Long> leadUnitIds,
                   List<Long> supportUnitIds, Long parentId, List<Requirement> requirements) {
    }

    private final JdbcClient jdbc;
    private final Items items;
    private final OrgDirectory org;
    private final Deadlines deadlines;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervision(JdbcClient jdbc, Items items, OrgDirectory org, Deadlines deadlines, Attachments attachments,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.org = org;
        this.deadlines = deadlines;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- assignment

    /** Assigns an item by hand (交办). The units must lie in the supervisor's scope. */
    @Transactional
    long create(NewItem input, CurrentUser user) {
        String kind = required(input.kind(), "事项类别", 40);
        String title = required(input.title(), "事项名称", 300);
        LocalDate assignedOn = input.assignedOn() == null ? today() : input.assignedOn();
        if (input.leadUnitIds() == null || input.leadUnitIds().isEmpty()) {
            throw BusinessException.invalid("请至少选择一个主办（牵头）单位");
        }
        Item parent = null;
        if (input.parentId() != null) {
            parent = items.get(input.parentId(), user.filter());
            if (!parent.state().open() && parent.state() != ItemState.PAUSED) {
                throw BusinessException.conflict("上级事项已办结或撤销，不能再分解子事项");
            }
        }
        List<UnitAssignment> units = new ArrayList<>();
        for (Long id : input.leadUnitIds()) {
            units.add(unit(id, true, user));
        }
        for (Long id : input.supportUnitIds() == null ? List.<Long>of() : input.supportUnitIds()) {
            if (input.leadUnitIds().contains(id)) {
                continue;
            }
            units.add(unit(id, false, user));
        }
        DueDate due = due(kind, user.countyCode(), assignedOn, input.complex(), input.dueDate());
        if (parent != null && due.date().isAfter(parent.dueDate())) {
            throw BusinessException.invalid("子事项的办理期限（" + due.date() + "）不能晚于上级事项的期限（" + parent.dueDate() + "）");
        }
        long supervisingUnit = requireUnit(user);
        long id = insertItem(user.countyCode(), supervisingUnit, kind, null, null, input.parentId(), null, title,
                blankToNull(input.body()), blankToNull(input.sourceRef()), blankToNull(input.proposer()),
                blankToNull(input.findingRef()), input.complex(), assignedOn, due, user.username());
        for (UnitAssignment a : units) {
            assign(user.countyCode(), id, a);
        }
        for (Requirement r : input.requirements() == null ? List.<Requirement>of() : input.requirements()) {
            addRequirement(user.countyCode(), id, r, user.username());
        }
        String kindLabel = kindLabel(kind, user.countyCode());
        record(user.countyCode(), id, supervisingUnit, user.unitName(), EventKind.CREATED,
                "交办" + kindLabel + "，期限 " + due.date() + "（" + due.citation() + "）", user.username());
        if (parent != null) {
            record(user.countyCode(), parent.id(), supervisingUnit, user.unitName(), EventKind.CHILD_CREATED,
                    "分解子事项：" + title, user.username());
        }
        publishDeadlines(id, user.countyCode());
        events.publishEvent(new SupervisionItemChanged(user.countyCode(), user.username(), "tasks.item.created", id,
                "交办" + kindLabel + "“" + title + "”，期限 " + due.date()));
        return id;
    }

    /** Inserts a plan task (used by plan import and by hand-built plans; the caller has checked the units). */
    long createPlanTask(String county, long supervisingUnit, long planId, long partId, int taskNo, String title,
                        String body, LocalDate assignedOn, LocalDate due, String dueBasis, List<UnitAssignment> units,
                        List<Requirement> requirements, String actor) {
        DueDate date = new DueDate(due, dueBasis, "按工作要点确定的完成时限：" + due + "前完成。");
        long id = insertItem(county, supervisingUnit, SupervisionKind.PLAN_TASK.name(), planId, partId, null, taskNo,
                title, body, null, null, null, false, assignedOn, date, actor);
        for (UnitAssignment a : units) {
            assign(county, id, a);
        }
        for (Requirement r : requirements) {
            addRequirement(county, id, r, actor);
        }
        record(county, id, supervisingUnit, null, EventKind.CREATED, "随工作要点交办，期限 " + due, actor);
        publishDeadlines(id, county);
        return id;
    }

    // ---------------------------------------------------------------- unit actions

    /** The assigned unit accepts the item (接收). */
    @Transactional
    void accept(long itemId, CurrentUser user) {
        Item item = items.get(itemId, user.filter());
        Items.Assignment mine = assignedUnit(item, user);
        requireState(item, "接收", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
        if (mine.acceptedAt() != null) {
            throw BusinessException.conflict("本单位已于 " + mine.acceptedAt().atZone(clock.getZone()).toLocalDate() + " 接收该事项");
        }
        jdbc.sql("UPDATE task_assignment SET accepted_at = :at, accepted_by = :by WHERE id = :id")
                .param("at", now()).param("by", user.username()).param("id", mine.id()).update();
        if (item.state() == ItemState.ASSIGNED && mine.lead()) {
            setState(item, ItemState.IN_PROGRESS, user.username());
        }
        record(item.countyCode(), itemId, mine.unitId(), mine.unitName(), EventKind.ACCEPTED, "接收交办事项", user.username());
        audit(item, user, "tasks.item.accepted", mine.unitName() + "接收督办事项“" + item.title() + "”");
    }

    /** Progress feedback (进展反馈) with attachments, optionally reporting targets. */
    @Transactional
    void feedback(long itemId, CurrentUser user, String text, List<Upload> files) {
        Item item = items.get(itemId, user.filter());
        Items.Assignment mine = assignedUnit(item, user);
        requireState(item, "反馈进展", ItemState.ASSIGNED, ItemState.IN_PROGRESS, ItemState.PAUSED);
        String content = required(text, "反馈内容", MAX_TEXT);
        autoAccept(item, mine, user);
        long eventId = record(item.countyCode(), itemId, mine.unitId(), mine.unitName(), EventKind.FEEDBACK, content,
                user.username());
        attach(item, mine.unitId(), eventId, files, user);
        audit(item, user, "tasks.item.feedback", mine.unitName() + "反馈督办事项“" + item.title() + "”的进展");
    }

    /** Reports a target's value or a dated requirement's completion (目标完成情况). */
    @Transactional
    void reportTarget(long itemId, long requirementId, CurrentUser user, BigDecimal value, LocalDate doneOn, String note) {
        Item item = items.get(itemId, user.filter());
        Items.Assignment mine = assignedUnit(item, user);
        requireState(item, "填报目标完成情况", ItemState.ASSIGNED, ItemState.IN_PROGRESS, ItemState.PAUSED,
                ItemState.COMPLETION_REQUESTED);
        Map<String, Object> req = jdbc.sql("SELECT kind, phrase FROM task_requirement WHERE id = :id AND item_id = :item")
                .param("id", requirementId).param("item", itemId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("该事项没有这项时限要求或目标"));
        String kind = (String) req.get("kind");
        boolean dated = "DEADLINE".equals(kind) || "DATE".equals(kind);
        if (dated && doneOn == null) {
            throw BusinessException.invalid("请填写完成日期");
        }
        if (dated && doneOn.isAfter(today())) {
            throw BusinessException.invalid("完成日期不能晚于今天");
        }
        if (!dated && (value == null || value.signum() < 0)) {
            throw BusinessException.invalid("请填写不小于 0 的完成值");
        }
        if ("RATE".equals(kind) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw BusinessException.invalid("比率不能超过 100%");
        }
        autoAccept(item, mine, user);
        jdbc.sql("""
                        INSERT INTO task_target_report (county_code, requirement_id, unit_id, reported_value, done_on, note,
                            reported_at, reported_by) VALUES (:county, :req, :unit, :value, :done, :note, :at, :by)""")
                .param("county", item.countyCode()).param("req", requirementId).param("unit", mine.unitId())
                .param("value", dated ? null : value).param("done", dated ? doneOn : null)
                .param("note", blankToNull(limit(note, 500))).param("at", now()).param("by", user.username()).update();
        if (dated) {
            events.publishEvent(new DeadlineCleared(item.countyCode(), MODULE, "requirement", Long.toString(requirementId),
                    "u" + mine.unitId()));
        }
        String what = req.get("phrase") + "：" + (dated ? "已于 " + doneOn + " 完成" : "完成值 " + value.stripTrailingZeros().toPlainString());
        record(item.countyCode(), itemId, mine.unitId(), mine.unitName(), EventKind.TARGET_REPORTED,
                what + (note == null || note.isBlank() ? "" : "（" + limit(note, 200) + "）"), user.username());
        audit(item, user, "tasks.item.target-reported", mine.unitName() + "填报“" + item.title() + "”" + what);
    }

    /** A lead unit asks to move the deadline (延期申请). */
    @Transactional
    long requestExtension(long itemId, CurrentUser user, LocalDate newDue, String reason) {
        Item item = items.get(itemId, user.filter());
        Items.Assignment mine = leadUnit(item, user, "延期");
        requireState(item, "申请延期", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
        if (newDue == null || !newDue.isAfter(item.dueDate())) {
            throw BusinessException.invalid("申请延期至的日期须晚于现期限 " + item.dueDate());
        }
        checkStatutoryExtension(item, newDue);
        long id = request(item, mine, "EXTENSION", required(reason, "延期理由", 2000), newDue, user);
        record(item.countyCode(), itemId, mine.unitId(), mine.unitName(), EventKind.EXTENSION_REQUESTED,
                "申请延期至 " + newDue + "：" + reason.strip(), user.username());
        audit(item, user, "tasks.item.extension-requested", mine.unitName() + "申请“" + item.title() + "”延期至 " + newDue);
        return id;
    }

    /** A lead unit asks to pause the item (暂停申请). */
    @Transactional
    long requestPause(long itemId, CurrentUser user, String reason) {
        Item item = items.get(itemId, user.filter());
        Items.Assignment mine = leadUnit(item, user, "暂停");
        requireState(item, "申请暂停", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
        SupervisionKind.of(item.kindCode()).flatMap(SupervisionKind::period).ifPresent(p -> {
            throw BusinessException.invalid(item.kindLabel() + "的答复期限不能暂停：" + p.citation()
                    + "规定自交办之日起计算，未规定中止情形；确需更多时间的，请申请延期（最长至6个月）");
        });
        long id = request(item, mine, "PAUSE", required(reason, "暂停理由", 2000), null, user);
        record(item.countyCode(), itemId, mine.unitId(), mine.unitName(), EventKind.PAUSE_REQUESTED, reason.strip(),
                user.username());
        audit(item, user, "tasks.item.pause-requested", mine.unitName() + "申请暂停“" + item.title() + "”");
        return id;
    }

    /** A lead unit applies for completion with its result and evidence (办结申请). */
    @Transactional
    long requestCompletion(long itemId, CurrentUser user, String result, List<Upload> files) {
        Item item = items.get(itemId, user.filter());
        Items.Assignment mine = leadUnit(item, user, "办结");
        requireState(item, "申请办结", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
        String text = required(result, "办理结果", MAX_TEXT);
        long openChildren = jdbc.sql("SELECT count(*) FROM task_item WHERE parent_id = :id AND county_code = :county "
                        + "AND state NOT IN ('CLOSED','WITHDRAWN')")
                .param("id", itemId).param("county", item.countyCode()).query(Long.class).single();
        if (openChildren > 0) {
            throw BusinessException.conflict("还有 " + openChildren + " 个子事项未办结，不能申请办结");
        }
        boolean hasFiles = files != null && files.stream().anyMatch(f -> f.content().length > 0);
        if (!hasFiles && items.attachmentCount(itemId) == 0) {
            throw BusinessException.invalid("办结申请须附办理结果的佐证材料（文件、图片或报告），请上传附件");
        }
        autoAccept(item, mine, user);
        long id = request(item, mine, "COMPLETION", text, null, user);
        long eventId = record(item.countyCode(), itemId, mine.unitId(), mine.unitName(), EventKind.COMPLETION_REQUESTED,
                text, user.username());
        attach(item, mine.unitId(), eventId, files, user);
        jdbc.sql("UPDATE task_item SET result_text = :result WHERE id = :id").param("result", text).param("id", itemId).update();
        setState(item, ItemState.COMPLETION_REQUESTED, user.username());
        audit(item, user, "tasks.item.completion-requested", mine.unitName() + "申请办结“" + item.title() + "”");
        return id;
    }

    // ---------------------------------------------------------------- supervisor actions

    /** The supervisor urges the item (催办), optionally one unit of it. */
    @Transactional
    void urge(long itemId, CurrentUser user, Long unitId, String text) {
        Item item = items.get(itemId, user.filter());
        requireSupervisor(item, user, "催办");
        requireState(item, "催办", ItemState.ASSIGNED, ItemState.IN_PROGRESS, ItemState.PAUSED);
        String content = required(text, "催办内容", 2000);
        String target = "全部承办单位";
        Long targetUnit = null;
        if (unitId != null) {
            Items.Assignment a = items.assignments(itemId).stream().filter(x -> x.unitId() == unitId).findFirst()
                    .orElseThrow(() -> BusinessException.invalid("该单位不是此事项的承办单位"));
            target = a.unitName();
            targetUnit = a.unitId();
        }
        record(item.countyCode(), itemId, targetUnit, targetUnit == null ? target : target, EventKind.URGED,
                "催办" + target + "：" + content, user.username());
        audit(item, user, "tasks.item.urged", "催办“" + item.title() + "”（" + target + "）");
    }

    /** Approves or rejects a pending request; a rejected completion returns the item for more work (退回). */
    @Transactional
    void decide(long itemId, long requestId, CurrentUser user, boolean approve, String note) {
        Item item = items.get(itemId, user.filter());
        requireSupervisor(item, user, "审核");
        Map<String, Object> row = jdbc.sql("SELECT kind, status, requested_due, unit_id, version FROM task_request "
                        + "WHERE id = :id AND item_id = :item")
                .param("id", requestId).param("item", itemId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("申请不存在"));
        if (!"PENDING".equals(row.get("status"))) {
            throw BusinessException.conflict("该申请已审核，不能重复审核");
        }
        String kind = (String) row.get("kind");
        String decision = blankToNull(limit(note, 1000));
        if (!approve && decision == null) {
            throw BusinessException.invalid("不同意或退回时请填写审核意见");
        }
        int updated = jdbc.sql("UPDATE task_request SET status = :status, decision_note = :note, decided_at = :at, "
                        + "decided_by = :by, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", approve ? "APPROVED" : "REJECTED").param("note", decision).param("at", now())
                .param("by", user.username()).param("id", requestId).param("version", row.get("version")).update();
        if (updated == 0) {
            throw BusinessException.conflict("该申请刚被他人审核，请刷新后查看");
        }
        events.publishEvent(new DeadlineCleared(item.countyCode(), MODULE, "request", Long.toString(requestId), "review"));
        String suffix = decision == null ? "" : "：" + decision;
        switch (kind) {
            case "EXTENSION" -> {
                if (approve) {
                    LocalDate newDue = ((java.sql.Date) row.get("requested_due")).toLocalDate();
                    checkStatutoryExtension(item, newDue);
                    String explanation = limit((item.dueExplanation() == null ? "" : item.dueExplanation())
                            + " 经批准延期至 " + newDue + "。", 1000);
                    jdbc.sql("UPDATE task_item SET due_date = :due, due_explanation = :ex, updated_at = :at, "
                                    + "updated_by = :by, version = version + 1 WHERE id = :id")
                            .param("due", newDue).param("ex", explanation).param("at", now())
                            .param("by", user.username()).param("id", itemId).update();
                    publishDeadlines(itemId, item.countyCode());
                    record(item.countyCode(), itemId, null, null, EventKind.EXTENDED, "同意延期至 " + newDue + suffix,
                            user.username());
                    audit(item, user, "tasks.item.extended", "同意“" + item.title() + "”延期至 " + newDue);
                } else {
                    rejected(item, user, "延期", suffix);
                }
            }
            case "PAUSE" -> {
                if (approve) {
                    requireState(item, "暂停", ItemState.ASSIGNED, ItemState.IN_PROGRESS);
                    jdbc.sql("UPDATE task_item SET state = 'PAUSED', paused_on = :today, updated_at = :at, "
                                    + "updated_by = :by, version = version + 1 WHERE id = :id")
                            .param("today", today()).param("at", now()).param("by", user.username())
                            .param("id", itemId).update();
                    clearDeadlines(itemId, item.countyCode(), false);
                    record(item.countyCode(), itemId, null, null, EventKind.PAUSED, "同意暂停，自 " + today() + " 起停止计算期限" + suffix,
                            user.username());
                    audit(item, user, "tasks.item.paused", "同意暂停“" + item.title() + "”");
                } else {
                    rejected(item, user, "暂停", suffix);
                }
            }
            default -> {
                if (approve) {
                    LocalDate closedOn = today();
                    boolean late = closedOn.isAfter(item.dueDate());
                    jdbc.sql("UPDATE task_item SET state = 'CLOSED', closed_on = :closed, is_closed_late = :late, "
                                    + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id")
                            .param("closed", closedOn).param("late", late).param("at", now())
                            .param("by", user.username()).param("id", itemId).update();
                    clearDeadlines(itemId, item.countyCode(), true);
                    record(item.countyCode(), itemId, null, null, EventKind.CLOSED,
                            "审核通过，" + (late ? "逾期" : "按期") + "办结" + suffix, user.username());
                    audit(item, user, "tasks.item.closed", "“" + item.title() + "”审核办结（" + (late ? "逾期" : "按期") + "）");
                } else {
                    jdbc.sql("UPDATE task_item SET state = 'IN_PROGRESS', updated_at = :at, updated_by = :by, "
                                    + "version = version + 1 WHERE id = :id")
                            .param("at", now()).param("by", user.username()).param("id", itemId).update();
                    record(item.countyCode(), itemId, null, null, EventKind.RETURNED, "退回重办" + suffix, user.username());
                    audit(item, user, "tasks.item.returned", "退回“" + item.title() + "”的办结申请" + suffix);
                }
            }
        }
    }

    /** Ends an approved pause (恢复办理): the deadline moves by the days paused. */
    @Transactional
    void resume(long itemId, CurrentUser user) {
        Item item = items.get(itemId, user.filter());
        if (!isSupervisor(item, user)) {
            leadUnit(item, user, "恢复办理");
        }
        requireState(item, "恢复办理", ItemState.PAUSED);
        LocalDate from = item.pausedOn() == null ? today() : item.pausedOn();
        int days = (int) ChronoUnit.DAYS.between(from, today());
        LocalDate newDue = item.dueDate().plusDays(days);
        String explanation = limit((item.dueExplanation() == null ? "" : item.dueExplanation())
                + " 经批准自 " + from + " 暂停至 " + today() + "，共 " + days + " 日不计入期限，期限顺延至 " + newDue + "。", 1000);
        jdbc.sql("UPDATE task_item SET state = 'IN_PROGRESS', paused_on = NULL, paused_days = paused_days + :days, "
                        + "due_date = :due, due_explanation = :ex, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id")
                .param("days", days).param("due", newDue).param("ex", explanation).param("at", now())
                .param("by", user.username()).param("id", itemId).update();
        publishDeadlines(itemId, item.countyCode());
        record(item.countyCode(), itemId, null, null, EventKind.RESUMED, "恢复办理，暂停 " + days + " 日，期限顺延至 " + newDue,
                user.username());
        audit(item, user, "tasks.item.resumed", "“" + item.title() + "”恢复办理，期限顺延至 " + newDue);
    }

    /** Records the proposer's satisfaction with the answer (代表、委员满意度). */
    @Transactional
    void satisfaction(long itemId, CurrentUser user, String level, String note) {
        Item item = items.get(itemId, user.filter());
        requireSupervisor(item, user, "登记满意度");
        if (SupervisionKind.of(item.kindCode()).filter(SupervisionKind::asksSatisfaction).isEmpty()) {
            throw BusinessException.invalid("只有人大代表建议和政协提案登记提出人满意度");
        }
        requireState(item, "登记满意度", ItemState.CLOSED);
        if (!List.of("SATISFIED", "BASICALLY", "DISSATISFIED").contains(level)) {
            throw BusinessException.invalid("请选择满意、基本满意或不满意");
        }
        jdbc.sql("UPDATE task_item SET satisfaction = :s, satisfaction_note = :n, updated_at = :at, updated_by = :by, "
                        + "version = version + 1 WHERE id = :id")
                .param("s", level).param("n", blankToNull(limit(note, 500))).param("at", now())
                .param("by", user.username()).param("id", itemId).update();
        String label = switch (level) {
            case "SATISFIED" -> "满意";
            case "BASICALLY" -> "基本满意";
            default -> "不满意";
        };
        record(item.countyCode(), itemId, null, null, EventKind.SATISFACTION,
                "提出人" + (item.proposer() == null ? "" : item.proposer()) + "表示" + label
                        + (note == null || note.isBlank() ? "" : "：" + limit(note, 200)), user.username());
        audit(item, user, "tasks.item.satisfaction", "“" + item.title() + "”提出人满意度：" + label);
    }

    // ---------------------------------------------------------------- rules

    /** The last day of an item and where it comes from. */
    record DueDate(LocalDate date, String citation, String explanation) {
    }

    /**
     * The deadline of a new item: the statutory period for 建议/提案 (complex ones 6 months), a county kind's default
     * period, or the date the supervisor sets.
     */
    DueDate due(String kind, String county, LocalDate assignedOn, boolean complex, LocalDate explicit) {
        Optional<StatutoryPeriod> period = SupervisionKind.of(kind).flatMap(SupervisionKind::period);
        if (period.isPresent()) {
            Deadline d = deadlines.compute(DeadlineRequest.of(period.get(), assignedOn).withExtension(complex ? 3 : 0));
            String explanation = (complex ? "涉及面广、处理难度大，自交办之日起6个月内答复。" : "") + d.explanation();
            return new DueDate(d.due(), d.citation(), limit(explanation, 1000));
        }
        if (SupervisionKind.of(kind).isEmpty()) {
            Map<String, Object> custom = jdbc.sql("SELECT name, default_days, basis FROM task_kind WHERE county_code = :county "
                            + "AND code = :code AND is_active").param("county", county).param("code", kind)
                    .query().listOfRows().stream().findFirst()
                    .orElseThrow(() -> BusinessException.invalid("事项类别不存在：" + kind));
            if (explicit == null && custom.get("default_days") != null) {
                int days = ((Number) custom.get("default_days")).intValue();
                Deadline d = deadlines.compute(DeadlineRequest.of(assignedOn, days, PeriodUnit.CALENDAR_DAYS));
                String basis = custom.get("basis") == null ? custom.get("name") + "办理规定" : (String) custom.get("basis");
                return new DueDate(d.due(), limit(basis, 300), limit(d.explanation(), 1000));
            }
        }
        if (explicit == null) {
            throw BusinessException.invalid("请填写办理期限");
        }
        if (explicit.isBefore(assignedOn)) {
            throw BusinessException.invalid("办理期限不能早于交办日期 " + assignedOn);
        }
        return new DueDate(explicit, "交办时确定的办理期限", "自 " + assignedOn + " 交办，要求于 " + explicit + " 前办结。");
    }

    /** 建议/提案 may be extended at most to 6 months from assignment (代表法第五十一条). */
    private void checkStatutoryExtension(Item item, LocalDate newDue) {
        Optional<StatutoryPeriod> period = SupervisionKind.of(item.kindCode()).flatMap(SupervisionKind::period);
        if (period.isPresent()) {
            Deadline max = deadlines.compute(DeadlineRequest.of(period.get(), item.assignedOn()).withExtension(3));
            if (newDue.isAfter(max.due())) {
                throw BusinessException.invalid(item.kindLabel() + "最迟应自交办之日起6个月内答复（" + max.due() + "），"
                        + "不能延期至 " + newDue + "（依据：" + period.get().citation() + "）");
            }
        }
    }

    private Items.Assignment assignedUnit(Item item, CurrentUser user) {
        return items.assignments(item.id()).stream().filter(a -> user.unitId() != null && a.unitId() == user.unitId())
                .findFirst()
                .orElseThrow(() -> BusinessException.forbidden("您所在单位不是该事项的承办单位，不能办理此事项"));
    }

    private Items.Assignment leadUnit(Item item, CurrentUser user, String what) {
        Items.Assignment mine = assignedUnit(item, user);
        if (!mine.lead()) {
            throw BusinessException.forbidden("只有主办（牵头）单位可以提出" + what + "申请，协办单位请向主办单位反馈");
        }
        return mine;
    }

    boolean isSupervisor(Item item, CurrentUser user) {
        if (!user.can("tasks:item:supervise")) {
            return false;
        }
        return user.scope() == DataScope.COUNTY || (user.unitId() != null && user.unitId() == item.unitId());
    }

    private void requireSupervisor(Item item, CurrentUser user, String what) {
        if (!isSupervisor(item, user)) {
            throw BusinessException.forbidden("只有督办单位可以" + what + "该事项");
        }
    }

    private static void requireState(Item item, String what, ItemState... allowed) {
        for (ItemState s : allowed) {
            if (item.state() == s) {
                return;
            }
        }
        throw BusinessException.conflict("事项当前状态为“" + item.state().label() + "”，不能" + what);
    }

    private UnitAssignment unit(long id, boolean lead, CurrentUser user) {
        OrgDirectory.UnitRef unit = org.activeUnit(id, user.filter())
                .orElseThrow(() -> BusinessException.invalid("承办单位不存在、已撤销或不在您的数据范围内：#" + id));
        return new UnitAssignment(unit.id(), unit.name(), lead, null);
    }

    private static long requireUnit(CurrentUser user) {
        if (user.unitId() == null) {
            throw BusinessException.forbidden("平台账号不代表任何单位，不能交办事项");
        }
        return user.unitId();
    }

    private void autoAccept(Item item, Items.Assignment mine, CurrentUser user) {
        if (mine.acceptedAt() == null) {
            jdbc.sql("UPDATE task_assignment SET accepted_at = :at, accepted_by = :by WHERE id = :id")
                    .param("at", now()).param("by", user.username()).param("id", mine.id()).update();
        }
        if (item.state() == ItemState.ASSIGNED && mine.lead()) {
            setState(item, ItemState.IN_PROGRESS, user.username());
        }
    }

    private void rejected(Item item, CurrentUser user, String what, String suffix) {
        record(item.countyCode(), item.id(), null, null, EventKind.REQUEST_REJECTED, "不同意" + what + "申请" + suffix,
                user.username());
        audit(item, user, "tasks.item.request-rejected", "不同意“" + item.title() + "”的" + what + "申请" + suffix);
    }

    // ---------------------------------------------------------------- writes

    private long insertItem(String county, long unit, String kind, Long planId, Long partId, Long parentId,
                            Integer taskNo, String title, String body, String sourceRef, String proposer,
                            String findingRef, boolean complex, LocalDate assignedOn, DueDate due, String actor) {
        Timestamp now = now();
        return jdbc.sql("""
                        INSERT INTO task_item (county_code, unit_id, kind_code, plan_id, part_id, parent_id, task_no, title, body,
                            source_ref, proposer, finding_ref, is_complex, assigned_on, due_date, due_citation, due_explanation,
                            state, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :kind, :plan, :part, :parent, :no, :title, :body, :source, :proposer, :finding,
                            :complex, :assigned, :due, :citation, :explanation, 'ASSIGNED', :at, :by, :at, :by)
                        RETURNING id""")
                .param("county", county).param("unit", unit).param("kind", kind).param("plan", planId)
                .param("part", partId).param("parent", parentId).param("no", taskNo).param("title", title)
                .param("body", body).param("source", limit(sourceRef, 100)).param("proposer", limit(proposer, 100))
                .param("finding", limit(findingRef, 500)).param("complex", complex).param("assigned", assignedOn)
                .param("due", due.date()).param("citation", limit(due.citation(), 300))
                .param("explanation", limit(due.explanation(), 1000)).param("at", now).param("by", actor)
                .query(Long.class).single();
    }

    private void assign(String county, long itemId, UnitAssignment a) {
        jdbc.sql("""
                        INSERT INTO task_assignment (county_code, item_id, unit_id, unit_name, role, printed_name)
                        VALUES (:county, :item, :unit, :name, :role, :printed) ON CONFLICT DO NOTHING""")
                .param("county", county).param("item", itemId).param("unit", a.unitId()).param("name", a.unitName())
                .param("role", a.lead() ? "LEAD" : "SUPPORT").param("printed", limit(a.printedName(), 100)).update();
    }

    private void addRequirement(String county, long itemId, Requirement r, String actor) {
        if (!List.of("DEADLINE", "DATE", "COUNT", "HOURS", "RATE").contains(r.kind())) {
            throw BusinessException.invalid("时限要求或目标的类型不正确：" + r.kind());
        }
        boolean dated = "DEADLINE".equals(r.kind()) || "DATE".equals(r.kind());
        if (dated && r.dueDate() == null) {
            throw BusinessException.invalid("时限要求“" + r.phrase() + "”须确认具体日期");
        }
        if (!dated && (r.targetValue() == null || r.targetValue().signum() <= 0)) {
            throw BusinessException.invalid("目标“" + r.phrase() + "”须填写大于 0 的目标值");
        }
        jdbc.sql("""
                        INSERT INTO task_requirement (county_code, item_id, kind, phrase, sentence, due_date, target_value,
                            unit_word, indicator_code, created_at, created_by)
                        VALUES (:county, :item, :kind, :phrase, :sentence, :due, :value, :word, :indicator, :at, :by)""")
                .param("county", county).param("item", itemId).param("kind", r.kind())
                .param("phrase", required(r.phrase(), "要求用语", 100)).param("sentence", limit(r.sentence(), 1000))
                .param("due", dated ? r.dueDate() : null).param("value", dated ? null : r.targetValue())
                .param("word", limit(r.unitWord(), 10)).param("indicator", blankToNull(limit(r.indicatorCode(), 64)))
                .param("at", now()).param("by", actor).update();
    }

    private long request(Item item, Items.Assignment mine, String kind, String reason, LocalDate due, CurrentUser user) {
        long pending = jdbc.sql("SELECT count(*) FROM task_request WHERE item_id = :id AND status = 'PENDING' AND kind = :kind")
                .param("id", item.id()).param("kind", kind).query(Long.class).single();
        if (pending > 0) {
            throw BusinessException.conflict("已有一份待审核的同类申请，请等待督办单位审核");
        }
        long id = jdbc.sql("""
                        INSERT INTO task_request (county_code, item_id, unit_id, kind, reason, requested_due, status,
                            requested_at, requested_by) VALUES (:county, :item, :unit, :kind, :reason, :due, 'PENDING', :at, :by)
                        RETURNING id""")
                .param("county", item.countyCode()).param("item", item.id()).param("unit", mine.unitId())
                .param("kind", kind).param("reason", reason).param("due", due).param("at", now())
                .param("by", user.username()).query(Long.class).single();
        String label = switch (kind) {
            case "EXTENSION" -> "延期申请";
            case "PAUSE" -> "暂停申请";
            default -> "办结申请";
        };
        // The supervisor decides before the item falls due: the request sits on the supervising unit's worklist.
        LocalDate reviewBy = item.dueDate().isBefore(today()) ? today() : item.dueDate();
        events.publishEvent(new DeadlineSet(item.countyCode(), item.unitId(), null, MODULE, "request", Long.toString(id),
                "review", limit("审核" + mine.unitName() + "的" + label + "：" + item.title(), 300), reviewBy,
                limit(item.dueCitation(), 300), "/tasks/items/" + item.id()));
        return id;
    }

    private void setState(Item item, ItemState state, String actor) {
        jdbc.sql("UPDATE task_item SET state = :state, updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("state", state.name()).param("at", now()).param("by", actor).param("id", item.id()).update();
    }

    long record(String county, long itemId, Long unitId, String unitName, EventKind kind, String content, String actor) {
        return jdbc.sql("""
                        INSERT INTO task_event (county_code, item_id, unit_id, unit_name, kind, content, occurred_at, actor)
                        VALUES (:county, :item, :unit, :unitName, :kind, :content, :at, :by) RETURNING id""")
                .param("county", county).param("item", itemId).param("unit", unitId).param("unitName", limit(unitName, 200))
                .param("kind", kind.name()).param("content", limit(content, MAX_TEXT)).param("at", now())
                .param("by", actor).query(Long.class).single();
    }

    private void attach(Item item, long unitId, long eventId, List<Upload> files, CurrentUser user) {
        if (files == null) {
            return;
        }
        List<Upload> real = files.stream().filter(f -> f.content().length > 0).toList();
        if (real.size() > MAX_FILES) {
            throw BusinessException.invalid("每次最多上传 " + MAX_FILES + " 个附件");
        }
        for (Upload f : real) {
            Attachment stored = attachments.store(AttachmentUpload.of(item.countyCode(), unitId, f.name(), user.username())
                    .ownedBy(MODULE, "task_event", Long.toString(eventId)), f.content());
            jdbc.sql("INSERT INTO task_event_attachment (county_code, event_id, attachment_id, file_name) "
                            + "VALUES (:county, :event, :attachment, :name) ON CONFLICT DO NOTHING")
                    .param("county", item.countyCode()).param("event", eventId).param("attachment", stored.id())
                    .param("name", stored.originalName()).update();
        }
    }

    /** Puts the item's last day, and its dated requirements, on every assigned unit's worklist. */
    void publishDeadlines(long itemId, String county) {
        Map<String, Object> row = jdbc.sql("SELECT title, kind_code, task_no, due_date, due_citation FROM task_item WHERE id = :id")
                .param("id", itemId).query().singleRow();
        String title = (String) row.get("title");
        String prefix = row.get("task_no") != null ? "工作要点任务" + row.get("task_no") + "：" : kindLabel((String) row.get("kind_code"), county) + "：";
        LocalDate due = ((java.sql.Date) row.get("due_date")).toLocalDate();
        String citation = limit((String) row.get("due_citation"), 300);
        List<Map<String, Object>> units = jdbc.sql("SELECT unit_id FROM task_assignment WHERE item_id = :id ORDER BY id")
                .param("id", itemId).query().listOfRows();
        List<Map<String, Object>> requirements = jdbc.sql("SELECT id, phrase, due_date FROM task_requirement WHERE item_id = :id "
                + "AND kind IN ('DEADLINE','DATE') ORDER BY id").param("id", itemId).query().listOfRows();
        for (Map<String, Object> u : units) {
            long unitId = ((Number) u.get("unit_id")).longValue();
            events.publishEvent(new DeadlineSet(county, unitId, null, MODULE, "item", Long.toString(itemId), "u" + unitId,
                    limit(prefix + title, 300), due, citation, "/tasks/items/" + itemId));
            for (Map<String, Object> r : requirements) {
                long reqId = ((Number) r.get("id")).longValue();
                boolean done = jdbc.sql("SELECT count(*) FROM task_target_report WHERE requirement_id = :r AND unit_id = :u "
                        + "AND done_on IS NOT NULL").param("r", reqId).param("u", unitId).query(Long.class).single() > 0;
                if (!done) {
                    events.publishEvent(new DeadlineSet(county, unitId, null, MODULE, "requirement", Long.toString(reqId),
                            "u" + unitId, limit(prefix + r.get("phrase") + "：" + title, 300),
                            ((java.sql.Date) r.get("due_date")).toLocalDate(), "工作要点确定的时限（" + r.get("phrase") + "）",
                            "/tasks/items/" + itemId));
                }
            }
        }
    }

    /** Takes the item's deadlines off the worklist (paused or closed); on close also its requirements and requests. */
    private void clearDeadlines(long itemId, String county, boolean closing) {
        List<Long> units = jdbc.sql("SELECT unit_id FROM task_assignment WHERE item_id = :id").param("id", itemId)
                .query(Long.class).list();
        for (long unitId : units) {
            events.publishEvent(new DeadlineCleared(county, MODULE, "item", Long.toString(itemId), "u" + unitId));
            if (closing) {
                for (long reqId : jdbc.sql("SELECT id FROM task_requirement WHERE item_id = :id AND kind IN ('DEADLINE','DATE')")
                        .param("id", itemId).query(Long.class).list()) {
                    events.publishEvent(new DeadlineCleared(county, MODULE, "requirement", Long.toString(reqId), "u" + unitId));
                }
            }
        }
        if (closing) {
            for (long reqId : jdbc.sql("SELECT id FROM task_request WHERE item_id = :id").param("id", itemId)
                    .query(Long.class).list()) {
                events.publishEvent(new DeadlineCleared(county, MODULE, "request", Long.toString(reqId), "review"));
            }
        }
    }

    private void audit(Item item, CurrentUser user, String action, String summary) {
        events.publishEvent(new SupervisionItemChanged(item.countyCode(), user.username(), action, item.id(), limit(summary, 300)));
    }

    String kindLabel(String kind, String county) {
        return SupervisionKind.of(kind).map(SupervisionKind::label).orElseGet(() ->
                jdbc.sql("SELECT name FROM task_kind WHERE county_code = :c AND code = :k").param("c", county)
                        .param("k", kind).query(String.class).optional().orElse(kind));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid("请填写" + what);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw BusinessException.invalid(what + "不能超过 " + max + " 字");
        }
        return v;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
