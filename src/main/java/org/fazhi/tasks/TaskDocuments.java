package org.fazhi.tasks;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.files.DocumentRequest;
import org.fazhi.files.DocumentTypes;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The module's documents: the plan as a GB/T 9704 docx (工作要点文本), the year-end report of the plan (工作要点落实情况
 * 报告: each task with its result and evidence), and Excel sheets of a plan and of the board.
 */
@Service
@Order(20)
class TaskDocuments implements ApplicationRunner {

    static final String PLAN_TYPE = "task-plan";
    static final String REPORT_TYPE = "task-report";
    static final int EXPORT_LIMIT = 5000;

    private final Plans plans;
    private final Items items;
    private final Targets targets;
    private final DocumentTypes types;
    private final OfficialDocuments documents;
    private final ApplicationEventPublisher events;

    TaskDocuments(Plans plans, Items items, Targets targets, DocumentTypes types, OfficialDocuments documents,
                  ApplicationEventPublisher events) {
        this.plans = plans;
        this.items = items;
        this.targets = targets;
        this.types = types;
        this.documents = documents;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        types.declare(PLAN_TYPE, "工作要点", "");
        types.declare(REPORT_TYPE, "工作要点落实情况报告", "");
    }

    /** The plan's text as an official document (unnumbered: the plan is issued under the government's own number). */
    OfficialDocument planDocx(long planId, CurrentUser user) {
        ScopeFilter scope = user.filter();
        Plans.Plan plan = plans.get(planId, scope);
        List<String> paragraphs = new ArrayList<>();
        if (plan.preamble() != null) {
            paragraphs.addAll(plan.preamble().lines().toList());
        }
        for (Plans.Part part : plans.parts(planId, scope)) {
            paragraphs.add(part.numeral() + "、" + part.title());
            for (Item task : tasks(planId, part.id(), scope)) {
                List<Items.Assignment> units = items.assignments(task.id());
                paragraphs.add(task.taskNo() + "." + task.title() + "。" + (task.body() == null ? "" : task.body())
                        + "（牵头单位：" + names(units, true) + "；责任单位：" + names(units, false) + "；完成期限："
                        + task.dueDate() + "）");
            }
        }
        if (plan.closing() != null) {
            paragraphs.addAll(plan.closing().lines().filter(l -> !l.startsWith("附件下载") && !l.startsWith("扫一扫")).toList());
        }
        OfficialDocument doc = documents.generate(DocumentRequest.letter(plan.unitId(), PLAN_TYPE, plan.title(),
                "各乡镇人民政府、街道办事处，县政府各部门、直属事业单位", paragraphs).unnumbered()
                .ownedBy(Supervision.MODULE, "task_plan", Long.toString(planId)));
        events.publishEvent(new TaskPlanChanged(plan.countyCode(), user.username(), "tasks.plan.exported", planId,
                "导出《" + plan.title() + "》文本（docx）"));
        return doc;
    }

    /** The year-end report: every task with its state, result, targets and the evidence on record. */
    OfficialDocument reportDocx(long planId, CurrentUser user) {
        ScopeFilter scope = user.filter();
        Plans.Plan plan = plans.get(planId, scope);
        List<String> p = new ArrayList<>();
        p.add("根据《" + plan.title() + "》的分工，现将" + plan.year() + "年度各项任务的落实情况报告如下。");
        p.add("一、总体情况");
        p.add("工作要点共 " + plan.tasks() + " 项任务，已审核办结 " + plan.closed() + " 项，办结率 " + plan.completion()
                + "；逾期未办结 " + plan.overdue() + " 项。各项任务的办理过程、进展反馈、催办和佐证材料均已在平台留痕，可逐项查阅。");
        p.add("二、各项任务落实情况");
        for (Plans.Part part : plans.parts(planId, scope)) {
            p.add("（" + part.numeral() + "）" + part.title() + "（" + part.tasks() + " 项，已办结 " + part.closed() + " 项）");
            for (Item task : tasks(planId, part.id(), scope)) {
                List<Items.Assignment> units = items.assignments(task.id());
                StringBuilder line = new StringBuilder();
                line.append(task.taskNo()).append(".").append(task.title()).append("。牵头单位：").append(names(units, true))
                        .append("。办理状态：").append(task.stateLabel());
                if (task.closedOn() != null) {
                    line.append("（").append(task.closedOn()).append(Boolean.TRUE.equals(task.closedLate()) ? "逾期" : "按期")
                            .append("办结）");
                } else {
                    line.append("（期限 ").append(task.dueDate()).append(task.overdue() ? "，已逾期" : "").append("）");
                }
                line.append("。");
                if (task.resultText() != null) {
                    line.append("办理结果：").append(task.resultText().replace('\n', ' ')).append("。");
                }
                for (Targets.Tracked t : targets.of(task, units, scope)) {
                    line.append(t.phrase()).append("：").append(t.summary()).append("。");
                }
                List<String> evidence = items.history(task.id()).stream().flatMap(h -> h.attachments().stream())
                        .map(Items.AttachmentRef::name).toList();
                line.append("佐证材料：").append(evidence.isEmpty() ? "无" : String.join("、", evidence)).append("。");
                p.add(line.toString());
            }
        }
        p.add("三、存在的问题和下一步打算");
        p.add(plan.overdue() > 0 ? "尚有 " + plan.overdue() + " 项任务逾期未办结，将逐项督促牵头单位限期办结，并在下一年度工作要点中予以跟进。"
                : "各项任务均在期限内推进，下一年度将结合考核评价继续抓好落实。");
        OfficialDocument doc = documents.generate(DocumentRequest.letter(plan.unitId(), REPORT_TYPE,
                "关于《" + plan.title() + "》落实情况的报告", "", p).unnumbered()
                .ownedBy(Supervision.MODULE, "task_plan", Long.toString(planId)));
        events.publishEvent(new TaskPlanChanged(plan.countyCode(), user.username(), "tasks.plan.report-generated", planId,
                "生成《" + plan.title() + "》落实情况报告"));
        return doc;
    }

    /** The plan's tasks as a sheet: part, number, title, units, last day, state, requirements. */
    byte[] planXlsx(long planId, CurrentUser user) {
        ScopeFilter scope = user.filter();
        Plans.Plan plan = plans.get(planId, scope);
        List<List<String>> rows = new ArrayList<>();
        for (Plans.Part part : plans.parts(planId, scope)) {
            for (Item task : tasks(planId, part.id(), scope)) {
                List<Items.Assignment> units = items.assignments(task.id());
                String reqs = String.join("；", targets.of(task, units, scope).stream()
                        .map(t -> t.phrase() + "（" + t.target() + "，" + t.summary() + "）").toList());
                rows.add(List.of(part.numeral() + "、" + part.title(), String.valueOf(task.taskNo()), task.title(),
                        names(units, true), names(units, false), task.dueDate().toString(), task.stateLabel(),
                        reqs, task.resultText() == null ? "" : task.resultText()));
            }
        }
        events.publishEvent(new TaskPlanChanged(plan.countyCode(), user.username(), "tasks.plan.exported", planId,
                "导出《" + plan.title() + "》任务分工表（xlsx）" + rows.size() + " 项"));
        return xlsx(plan.title(), List.of("部分", "序号", "任务", "牵头单位", "责任单位", "完成期限", "状态", "时限要求和目标",
                "办理结果"), rows);
    }

    byte[] itemsXlsx(List<Item> list) {
        List<List<String>> rows = list.stream().map(i -> List.of(i.reference(), i.kindLabel(), i.title(),
                i.leadUnits() == null ? "" : i.leadUnits(), String.valueOf(i.supportCount()), i.assignedOn().toString(),
                i.dueDate().toString(), i.stateLabel(), i.overdue() ? "逾期" : "", i.closedOn() == null ? "" : i.closedOn().toString()))
                .toList();
        return xlsx("督办事项", List.of("编号", "类别", "事项", "主办（牵头）单位", "协办单位数", "交办日期", "期限", "状态",
                "是否逾期", "办结日期"), rows);
    }

    private List<Item> tasks(long planId, long partId, ScopeFilter scope) {
        return items.export(scope, new Items.Filter(planId, partId, null, null, null, null, null, false, null), EXPORT_LIMIT)
                .stream().sorted(java.util.Comparator.comparing(Item::taskNo, java.util.Comparator.nullsLast(Integer::compare)))
                .toList();
    }

    private static String names(List<Items.Assignment> units, boolean lead) {
        List<String> names = units.stream().filter(a -> a.lead() == lead).map(Items.Assignment::unitName).toList();
        if (names.isEmpty()) {
            return "无";
        }
        if (names.size() > 12) {
            return String.join("、", names.subList(0, 12)) + "等 " + names.size() + " 个单位";
        }
        return String.join("、", names);
    }

    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safeSheetName(sheetName));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    // Cells starting with = + - @ are written as text by POI; truncate to Excel's cell limit.
                    row.createCell(i).setCellValue(v.length() > 32000 ? v.substring(0, 32000) : v);
                }
            }
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, header.get(i).length() * 3)) * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeSheetName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s.isBlank() ? "Sheet1" : s;
    }

    static void requireRows(long count) {
        if (count > EXPORT_LIMIT) {
            throw BusinessException.invalid("导出条数超过 " + EXPORT_LIMIT + " 条，请用筛选条件缩小范围");
        }
    }
}
