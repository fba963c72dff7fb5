package org.fazhi.tasks;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Imports a 工作要点 from its published text (工作要点导入) in two calls: {@link #preview} parses the text and matches the
 * units without saving anything; {@link #confirm} parses the same text again, applies the reviewer's decisions and saves
 * the plan, its parts and one supervision item per task in one transaction — or nothing, when a decision is missing.
 */
@Service
class PlanImports {

    /** Unit kinds a plan assigns work to; villages, communities and internal offices are not named in county plans. */
    private static final Set<UnitKind> ASSIGNABLE = EnumSet.of(UnitKind.GOVERNMENT, UnitKind.DEPARTMENT,
            UnitKind.TOWNSHIP, UnitKind.SUBDISTRICT, UnitKind.AGENCY, UnitKind.INSTITUTION);
    static final int MAX_DOCX_BYTES = 10 * 1024 * 1024;

    private final OrgDirectory org;
    private final Supervision supervision;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanImports(OrgDirectory org, Supervision supervision, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.org = org;
        this.supervision = supervision;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The text of a .docx, one paragraph per line (tables read row by row). */
    static String docxText(byte[] content) {
        if (content.length > MAX_DOCX_BYTES) {
            throw BusinessException.invalid("上传的文件不能超过 10 MB");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (var element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append('\n');
                } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                    t.getRows().forEach(r -> text.append(r.getTableCells().stream()
                            .map(c -> c.getText()).collect(Collectors.joining(" "))).append('\n'));
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw BusinessException.invalid("无法读取上传的文件：请上传 Word（.docx）格式的工作要点，或直接粘贴正文");
        }
    }

    PlanPreview preview(String text, CurrentUser user) {
        PlanText plan = PlanTextParser.parse(text);
        UnitMatcher matcher = matcher(user.filter());
        Map<String, UnitMatcher.Match> matches = new LinkedHashMap<>();
        Map<String, Set<Integer>> taskNumbers = new LinkedHashMap<>();
        List<PlanPreview.PartView> parts = new ArrayList<>();
        int proposalCount = 0;
        for (PlanText.Part part : plan.parts()) {
            List<PlanPreview.TaskView> tasks = new ArrayList<>();
            for (PlanText.Task task : part.tasks()) {
                List<PlanPreview.NameView> leads = names(task.leadNames(), task.number(), matcher, matches, taskNumbers);
                List<PlanPreview.NameView> others = names(task.otherNames(), task.number(), matcher, matches, taskNumbers);
                List<PlanPreview.ProposalView> proposals = new ArrayList<>();
                for (int i = 0; i < task.proposals().size(); i++) {
                    PlanText.Proposal p = task.proposals().get(i);
                    proposals.add(new PlanPreview.ProposalView(i, p.kind().name(), proposalLabel(p.kind()), p.phrase(),
                            p.sentence(), p.date(), p.value() == null ? null : BigDecimal.valueOf(p.value()), p.unitWord()));
                }
                proposalCount += proposals.size();
                tasks.add(new PlanPreview.TaskView(task.number(), task.title(), task.body(), leads, others, proposals));
            }
            parts.add(new PlanPreview.PartView(part.seq(), part.title(), tasks));
        }
        List<PlanPreview.ReviewName> review = new ArrayList<>();
        List<PlanPreview.Collective> collectives = new ArrayList<>();
        for (UnitMatcher.Match m : matches.values()) {
            if (m.status().needsReview()) {
                review.add(new PlanPreview.ReviewName(m.name(), m.status().name(), statusLabel(m.status()), units(m.units()),
                        List.copyOf(taskNumbers.get(m.name()))));
            } else if (m.status() == UnitMatcher.Status.COLLECTIVE) {
                collectives.add(new PlanPreview.Collective(m.name(), m.collective(), m.units().size(), units(m.units())));
            }
        }
        LocalDate defaultDue = plan.year() == null ? null : LocalDate.of(plan.year(), 12, 31);
        return new PlanPreview(plan.title(), plan.year(), plan.issuedOn(), plan.parts().size(), plan.taskCount(),
                defaultDue, parts, review, collectives, proposalCount);
    }

    @Transactional
    long confirm(PlanConfirmation confirmation, CurrentUser user) {
        PlanText plan = PlanTextParser.parse(confirmation.text());
        String title = Supervision.required(confirmation.title() == null ? plan.title() : confirmation.title(), "工作要点标题", 200);
        Integer year = confirmation.year() != null ? confirmation.year() : plan.year();
        if (year == null || year < 2000 || year > 2100) {
            throw BusinessException.invalid("请填写工作要点的年度");
        }
        if (confirmation.defaultDue() == null) {
            throw BusinessException.invalid("请确认未写明时限的任务的完成期限（如 " + year + "-12-31）");
        }
        if (user.unitId() == null) {
            throw BusinessException.forbidden("平台账号不代表任何单位，不能导入工作要点");
        }
        Long existing = jdbc.sql("SELECT id FROM task_plan WHERE county_code = :county AND plan_year = :year AND title = :title "
                        + "AND status = 'ACTIVE'").param("county", user.countyCode()).param("year", year).param("title", title)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            throw BusinessException.conflict("《" + title + "》已导入（编号 " + existing + "），请勿重复导入");
        }
        ScopeFilter scope = user.filter();
        UnitMatcher matcher = matcher(scope);
        Map<String, List<Long>> resolutions = confirmation.resolutions() == null ? Map.of() : confirmation.resolutions();
        Map<Long, String> unitNames = new LinkedHashMap<>();
        for (OrgDirectory.UnitRef u : org.units(scope, 5000)) {
            unitNames.put(u.id(), u.name());
        }
        // Every name that needs a decision must have one; all missing ones are named at once.
        Set<String> missing = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (PlanText.Part part : plan.parts()) {
            for (PlanText.Task task : part.tasks()) {
                for (String name : concat(task.leadNames(), task.otherNames())) {
                    UnitMatcher.Match m = matcher.match(name);
                    if (m.status().needsReview() && !resolutions.containsKey(name)) {
                        missing.add(name);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw BusinessException.invalid("以下单位名称尚未确认对应单位（可指定单位或确认不分配）：" + String.join("、", missing));
        }
        for (Map.Entry<String, List<Long>> r : resolutions.entrySet()) {
            for (Long id : r.getValue()) {
                if (!unitNames.containsKey(id)) {
                    throw BusinessException.invalid("“" + r.getKey() + "”指定的单位不存在或不在您的数据范围内：#" + id);
                }
            }
        }
        Map<String, PlanConfirmation.AcceptedProposal> accepted = new LinkedHashMap<>();
        for (PlanConfirmation.AcceptedProposal a : confirmation.proposals() == null
                ? List.<PlanConfirmation.AcceptedProposal>of() : confirmation.proposals()) {
            accepted.put(a.task() + "/" + a.index(), a);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate assignedOn = plan.issuedOn() != null && !plan.issuedOn().isAfter(today) ? plan.issuedOn() : today;
        long planId = insertPlan(user, year, title, plan, confirmation, assignedOn);
        int taskCount = 0;
        Set<String> seenProposals = new HashSet<>();
        for (PlanText.Part part : plan.parts()) {
            long partId = jdbc.sql("INSERT INTO task_part (county_code, plan_id, seq, title) VALUES (:c, :p, :s, :t) RETURNING id")
                    .param("c", user.countyCode()).param("p", planId).param("s", part.seq())
                    .param("t", Supervision.limit(part.title(), 200)).query(Long.class).single();
            for (PlanText.Task task : part.tasks()) {
                List<Supervision.UnitAssignment> units = new ArrayList<>();
                Set<Long> taken = new HashSet<>();
                for (String name : task.leadNames()) {
                    addUnits(units, taken, name, true, matcher, resolutions, unitNames);
                }
                if (units.isEmpty()) {
                    problems.add("任务" + task.number() + "没有对应到任何牵头单位（" + String.join("、", task.leadNames()) + "）");
                    continue;
                }
                for (String name : task.otherNames()) {
                    addUnits(units, taken, name, false, matcher, resolutions, unitNames);
                }
                List<Supervision.Requirement> requirements = new ArrayList<>();
                LocalDate due = confirmation.defaultDue();
                for (int i = 0; i < task.proposals().size(); i++) {
                    PlanConfirmation.AcceptedProposal a = accepted.get(task.number() + "/" + i);
                    if (a == null) {
                        continue;
                    }
                    seenProposals.add(task.number() + "/" + i);
                    PlanText.Proposal p = task.proposals().get(i);
                    boolean dated = p.kind() == PlanText.ProposalKind.DEADLINE;
                    LocalDate date = a.date() != null ? a.date() : p.date();
                    BigDecimal value = a.value() != null ? a.value() : p.value() == null ? null : BigDecimal.valueOf(p.value());
                    if (dated && date == null) {
                        problems.add("任务" + task.number() + "的“" + p.phrase() + "”须确认具体日期");
                        continue;
                    }
                    requirements.add(new Supervision.Requirement(p.kind().name(), p.phrase(), p.sentence(),
                            dated ? date : null, dated ? null : value, p.unitWord(), null));
                    if (dated && date.isAfter(due)) {
                        due = date;
                    }
                }
                if (!problems.isEmpty()) {
                    continue;
                }
                supervision.createPlanTask(user.countyCode(), user.unitId(), planId, partId, task.number(),
                        Supervision.limit(task.title(), 300), task.body(), assignedOn, due,
                        "《" + title + "》任务" + task.number(), units, requirements, user.username());
                taskCount++;
            }
        }
        for (String key : accepted.keySet()) {
            if (!seenProposals.contains(key) && problems.isEmpty()) {
                problems.add("确认的时限或目标 " + key + " 在正文中不存在");
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessException.invalid(String.join("；", problems));
        }
        events.publishEvent(new TaskPlanChanged(user.countyCode(), user.username(), "tasks.plan.imported", planId,
                "导入《" + title + "》：" + plan.parts().size() + " 个部分，" + taskCount + " 项任务，确认时限和目标 "
                        + accepted.size() + " 项"));
        return planId;
    }

    private long insertPlan(CurrentUser user, int year, String title, PlanText plan, PlanConfirmation c, LocalDate assignedOn) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        INSERT INTO task_plan (county_code, unit_id, plan_year, title, issued_on, preamble, closing, source_text,
                            default_due, status, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :year, :title, :issued, :preamble, :closing, :source, :due, 'ACTIVE', :at, :by, :at, :by)
                        RETURNING id""")
                .param("county", user.countyCode()).param("unit", user.unitId()).param("year", year).param("title", title)
                .param("issued", plan.issuedOn()).param("preamble", plan.preamble()).param("closing", plan.closing())
                .param("source", c.text()).param("due", c.defaultDue()).param("at", now).param("by", user.username())
                .query(Long.class).single();
    }

    private static void addUnits(List<Supervision.UnitAssignment> units, Set<Long> taken, String name, boolean lead,
                                 UnitMatcher matcher, Map<String, List<Long>> resolutions, Map<Long, String> unitNames) {
        UnitMatcher.Match m = matcher.match(name);
        List<Long> ids = m.status().needsReview() ? resolutions.getOrDefault(name, List.of())
                : m.units().stream().map(UnitMatcher.Candidate::id).toList();
        for (Long id : ids) {
            if (unitNames.containsKey(id) && taken.add(id)) {
                units.add(new Supervision.UnitAssignment(id, unitNames.get(id), lead, name));
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    UnitMatcher matcher(ScopeFilter scope) {
        List<OrgDirectory.UnitRef> units = org.units(scope, 5000);
        Set<Long> enforcement = org.enforcementBodies(scope).stream().map(OrgDirectory.UnitRef::id).collect(Collectors.toSet());
        OrgDirectory.UnitRef government = units.stream().filter(u -> u.kind() == UnitKind.GOVERNMENT).findFirst().orElse(null);
        String prefix = government == null ? "" : government.name().replace("人民政府", "");
        List<UnitMatcher.Candidate> candidates = units.stream().filter(u -> ASSIGNABLE.contains(u.kind()))
                .map(u -> new UnitMatcher.Candidate(u.id(), u.name(), u.kind(), u.parentId(), enforcement.contains(u.id())))
                .toList();
        return new UnitMatcher(candidates, government == null ? -1 : government.id(), prefix);
    }

    private static List<PlanPreview.NameView> names(List<String> names, int task, UnitMatcher matcher,
                                                    Map<String, UnitMatcher.Match> matches,
                                                    Map<String, Set<Integer>> taskNumbers) {
        List<PlanPreview.NameView> views = new ArrayList<>();
        for (String name : names) {
            UnitMatcher.Match m = matches.computeIfAbsent(name, matcher::match);
            taskNumbers.computeIfAbsent(name, k -> new TreeSet<>()).add(task);
            views.add(new PlanPreview.NameView(name, m.status().name(), statusLabel(m.status()),
                    m.status() == UnitMatcher.Status.COLLECTIVE ? List.of() : units(m.units())));
        }
        return views;
    }

    private static List<PlanPreview.UnitView> units(List<UnitMatcher.Candidate> candidates) {
        return candidates.stream().map(c -> new PlanPreview.UnitView(c.id(), c.name())).toList();
    }

    static String statusLabel(UnitMatcher.Status status) {
        return switch (status) {
            case MATCHED -> "已匹配";
            case COLLECTIVE -> "集体称谓";
            case SUGGESTED -> "近似，待确认";
            case AMBIGUOUS -> "多个单位，待选择";
            case UNMATCHED -> "未匹配";
        };
    }

    static String proposalLabel(PlanText.ProposalKind kind) {
        return switch (kind) {
            case DEADLINE -> "时限要求";
            case COUNT -> "次数/件数目标";
            case HOURS -> "学时目标";
            case RATE -> "比率目标";
        };
    }
}
