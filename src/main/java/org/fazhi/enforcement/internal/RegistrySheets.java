package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.internal.RecordRules.FieldError;
import org.fazhi.enforcement.internal.RowsRejected.RowError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The spreadsheet layout of each registry and of enforcement decisions (登记表格格式): headings, notes, and the mapping
 * of a row to a draft. An export uses the same headings, so an exported sheet can be corrected and imported again.
 */
final class RegistrySheets {

    private RegistrySheets() {
    }

    /** A registry's sheet: name, headings (required first), notes. */
    record Layout(String kind, String title, List<String> headings, List<String> required, List<String> notes) {
    }

    static final Layout BODIES = new Layout("bodies", "执法主体", List.of("执法主体名称", "对应单位", "主体类别", "委托机关",
            "统一社会信用代码", "法律依据", "执法范围", "起始日期"),
            List.of("执法主体名称", "对应单位", "主体类别", "法律依据", "执法范围", "起始日期"),
            List.of("主体类别填：法定、授权或委托；受委托组织须填委托机关（行政处罚法第二十条）。",
                    "对应单位、委托机关填本县已登记的单位全称。日期写成 2025-03-01。",
                    "导入前逐行校验，有任何一行错误则全部不导入。"));
    static final Layout OFFICERS = new Layout("officers", "执法人员", List.of("姓名", "身份证号", "执法主体", "职务",
            "法律职业资格", "证件编号", "证件类别", "执法领域", "发证日期", "有效期至"),
            List.of("姓名", "身份证号", "执法主体", "证件编号", "执法领域", "发证日期", "有效期至"),
            List.of("每行一名执法人员及其执法证；证件类别填“执法证”或“监督证”，不填为执法证。",
                    "法律职业资格填“是”或“否”（初次从事法制审核的人员须取得，行政处罚法第五十八条）。",
                    "身份证号按 GB 11643 校验；同一人、同一证号不能重复登记。"));
    static final Layout TRAINING = new Layout("training", "培训记录", List.of("身份证号", "培训名称", "完成日期", "学时"),
            List.of("身份证号", "培训名称", "完成日期", "学时"),
            List.of("身份证号为已登记执法人员的身份证号；学时计入完成日期所在年度。"));
    static final Layout EXAMS = new Layout("exams", "考试成绩", List.of("身份证号", "考试名称", "考试日期", "成绩", "是否通过"),
            List.of("身份证号", "考试名称", "考试日期", "是否通过"),
            List.of("是否通过填“是”或“否”。"));
    static final Layout POWERS = new Layout("powers", "执法事项清单", List.of("事项编码", "事项名称", "职权类型", "实施主体",
            "设定和实施依据", "生效日期", "赋权乡镇", "赋权依据"),
            List.of("事项编码", "事项名称", "职权类型", "实施主体", "设定和实施依据", "生效日期"),
            List.of("职权类型填：处罚、许可、强制、检查、征收、给付、确认、裁决、奖励或其他。",
                    "赋权乡镇填乡镇（街道）名称，多个以顿号分隔，并填写赋权依据（县政府决定文件）。"));
    static final Layout STANDARD_ITEMS = new Layout("standard-items", "基准条目", List.of("事项编码", "违法行为", "情形",
            "处罚幅度或处理方式", "依据"),
            List.of("违法行为", "情形", "处罚幅度或处理方式", "依据"),
            List.of("每行一个条目；裁量基准写明违法程度、情节和对应的处罚幅度，清单写明适用情形和处理方式。"));
    static final Layout RECORDS = new Layout("records", "执法决定", List.of("执法主体", "事项编码", "决定类别", "决定书文号",
            "决定日期", "当事人类型", "当事人", "统一社会信用代码", "身份证号", "联系电话", "住址", "法律依据", "违法事实",
            "决定内容", "罚款金额", "没收金额", "办案乡镇", "承办人执法证号", "须法制审核", "已法制审核", "审核意见书编号",
            "审核日期", "公示日期"),
            List.of("执法主体", "事项编码", "决定类别", "决定书文号", "决定日期", "当事人类型", "当事人", "法律依据", "决定内容",
                    "承办人执法证号"),
            List.of("决定类别填：行政处罚、行政许可、行政强制或行政检查；当事人类型填：自然人或法人和其他组织。",
                    "法人和其他组织须填统一社会信用代码（GB 32100 校验）；自然人可填身份证号。",
                    "承办人执法证号填已登记的执法证号，多个以顿号分隔；处罚、强制、检查不少于两人，决定日证件须有效。",
                    "须法制审核、已法制审核填“是”或“否”。已经对外公示的，填写公示日期。",
                    "同一执法主体的决定书文号不能重复；已导入的行再次导入不会重复保存。整表校验，有错误则全部不导入。"));

    static byte[] template(Layout layout) {
        return Sheets.write(layout.title(), layout.headings(), List.of(), layout.notes());
    }

    static <T> List<T> map(List<Sheets.Row> rows, BiFunction<Sheets.Row, List<FieldError>, T> mapper) {
        List<RowError> errors = new ArrayList<>();
        List<T> out = new ArrayList<>();
        for (Sheets.Row row : rows) {
            List<FieldError> fe = new ArrayList<>();
            T t = mapper.apply(row, fe);
            fe.forEach(e -> errors.add(new RowError(row.number(), e.field(), e.message())));
            out.add(t);
        }
        if (!errors.isEmpty()) {
            throw new RowsRejected(errors);
        }
        return out;
    }

    static Registries.BodyDraft body(Sheets.Row r, List<FieldError> e) {
        return new Registries.BodyDraft(r.number(), r.text("对应单位"), r.text("执法主体名称"), r.text("主体类别"),
                r.text("委托机关"), r.text("统一社会信用代码"), r.text("法律依据"), r.text("执法范围"), r.date("起始日期", e));
    }

    static Registries.OfficerDraft officer(Sheets.Row r, List<FieldError> e) {
        return new Registries.OfficerDraft(r.number(), r.text("执法主体"), r.text("姓名"), r.text("身份证号"), r.text("职务"),
                r.yesNo("法律职业资格", e), r.text("证件编号"), r.text("证件类别"), r.text("执法领域"), r.date("发证日期", e),
                r.date("有效期至", e));
    }

    static Registries.LearningDraft training(Sheets.Row r, List<FieldError> e) {
        return new Registries.LearningDraft(r.number(), r.text("身份证号"), r.text("培训名称"), r.date("完成日期", e),
                r.decimal("学时", e), null, null);
    }

    static Registries.LearningDraft exam(Sheets.Row r, List<FieldError> e) {
        return new Registries.LearningDraft(r.number(), r.text("身份证号"), r.text("考试名称"), r.date("考试日期", e), null,
                r.decimal("成绩", e), r.yesNo("是否通过", e));
    }

    static Registries.PowerDraft power(Sheets.Row r, List<FieldError> e) {
        return new Registries.PowerDraft(r.number(), r.text("实施主体"), r.text("事项编码"), r.text("事项名称"), r.text("职权类型"),
                r.text("设定和实施依据"), r.date("生效日期", e), r.text("赋权乡镇"), r.text("赋权依据"));
    }

    static Registries.StandardItem standardItem(Sheets.Row r, List<FieldError> e) {
        return new Registries.StandardItem(r.number(), r.text("事项编码"), r.text("违法行为"), r.text("情形"),
                r.text("处罚幅度或处理方式"), r.text("依据"));
    }

    static RecordInput record(Sheets.Row r, List<FieldError> e) {
        String officers = r.text("承办人执法证号");
        return new RecordInput(r.text("执法主体"), r.text("事项编码"), r.text("决定类别"), r.text("决定书文号"),
                r.date("决定日期", e), r.text("当事人类型"), r.text("当事人"), r.text("统一社会信用代码"), r.text("身份证号"),
                r.text("联系电话"), r.text("住址"), r.text("法律依据"), r.text("违法事实"), r.text("决定内容"),
                r.decimal("罚款金额", e), r.decimal("没收金额", e), r.text("办案乡镇"), r.yesNo("须法制审核", e),
                r.yesNo("已法制审核", e), r.text("审核意见书编号"), r.date("审核日期", e),
                officers == null ? List.of() : Arrays.stream(officers.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList(),
                r.date("公示日期", e), List.of());
    }

    static String money(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    static Map<String, Layout> all() {
        return Map.of("bodies", BODIES, "officers", OFFICERS, "training", TRAINING, "exams", EXAMS, "powers", POWERS,
                "records", RECORDS, "standard-items", STANDARD_ITEMS);
    }
}
