package org.fazhi.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Open-data export of indicator values (开放数据): every value of a scope and year with its full definition, as CSV
 * (UTF-8 with BOM so that Excel opens it) or as JSON-ready maps.
 */
final class OpenData {

    private static final List<String> HEADER = List.of("指标代码", "指标名称", "类别", "统计范围", "年度", "数值", "中文表述",
            "计量单位", "约数表述", "分子", "分母", "上年数值", "同比", "目标", "是否达标", "数据来源", "统计对象（分子）", "分母定义",
            "口径说明", "保留小数位", "修约方式", "同比表述方式", "适用层级", "依据");

    private OpenData() {
    }

    static Map<String, Object> definition(CatalogEntry e) {
        IndicatorDefinition d = e.definition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("name", d.name());
        m.put("family", d.family().name());
        m.put("familyName", d.family().label());
        m.put("measure", d.measure().name());
        m.put("unitWord", d.unitWord());
        m.put("numerator", d.numerator());
        m.put("denominator", d.denominator());
        m.put("basis", d.basis());
        m.put("precision", d.precision());
        m.put("rounding", d.rounding() == java.math.RoundingMode.DOWN ? "截断" : "四舍五入");
        m.put("change", d.change().name());
        m.put("levels", d.levels().stream().sorted().map(IndicatorDefinition.Level::label).toList());
        m.put("citation", d.citation());
        m.put("origin", e.origin().name());
        m.put("originName", e.origin().label());
        m.put("partOf", e.partOf());
        m.put("min", e.min());
        m.put("max", e.max());
        m.put("target", e.targetText());
        return m;
    }

    static Map<String, Object> value(IndicatorValue v, CatalogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("code", v.code());
        m.put("scope", v.scope());
        m.put("year", v.year());
        m.put("value", v.value());
        m.put("figure", v.figure());
        m.put("approximation", v.approximation().name());
        m.put("numerator", v.numerator());
        m.put("denominator", v.denominator());
        m.put("lastYear", v.lastYear());
        m.put("lastYearFigure", v.lastYearFigure());
        m.put("change", v.change());
        m.put("changeText", v.changeText());
        m.put("target", v.target());
        m.put("targetMet", v.targetMet());
        m.put("origin", v.origin().name());
        m.put("reportedInTransition", v.reported());
        m.put("reportedFigure", v.reportedFigure());
        m.put("contributors", v.contributors());
        m.put("definition", definition(e));
        return m;
    }

    static String csv(List<IndicatorValue> values, Map<String, CatalogEntry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(HEADER));
        for (IndicatorValue v : values) {
            CatalogEntry e = entries.get(v.code());
            IndicatorDefinition d = e.definition();
            List<String> row = new ArrayList<>();
            row.add(v.code());
            row.add(v.name());
            row.add(d.family().label());
            row.add(v.scope());
            row.add(Integer.toString(v.year()));
            row.add(num(v.value()));
            row.add(v.figure());
            row.add(d.unitWord());
            row.add(v.approximation().word());
            row.add(num(v.numerator()));
            row.add(num(v.denominator()));
            row.add(num(v.lastYear()));
            row.add(v.changeText() == null ? "" : v.changeText());
            row.add(v.target() == null ? "" : v.target());
            row.add(v.targetMet() == null ? "" : v.targetMet() ? "是" : "否");
            row.add(v.origin().label());
            row.add(d.numerator());
            row.add(d.denominator() == null ? "" : d.denominator());
            row.add(d.basis() == null ? "" : d.basis());
            row.add(Integer.toString(d.precision()));
            row.add(d.rounding() == java.math.RoundingMode.DOWN ? "截断" : "四舍五入");
            row.add(switch (d.change()) {
                case PERCENT -> "增长百分比";
                case DIFFERENCE -> "增减数量";
                case POINTS -> "百分点";
            });
            row.add(d.levels().stream().sorted().map(IndicatorDefinition.Level::label).collect(Collectors.joining("、")));
            row.add(d.citation() == null ? "" : d.citation());
            out.append(line(row));
        }
        return out.toString();
    }

    private static String num(@Nullable BigDecimal v) {
        return v == null ? "" : IndicatorText.plain(v);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(OpenData::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quotes a cell; a leading = + - @ is neutralised so that spreadsheets do not run it as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
