package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance of the reported catalog (填报指标目录维护): an administrator or the 依法治县办 adds and edits the
 * definitions units report, each change checked (a definition must be exact enough that two people counting by hand
 * get the same figure) and audited. Definitions computed by modules live in code and are not edited here.
 */
@Service
public class CatalogDefinitions {

    static final String PERMISSION = "indicators:catalog:edit";

    /** What the editor submits; all text, parsed and checked by {@link #parse}. */
    public record DefinitionForm(@Nullable String code, @Nullable String name, @Nullable String family,
                          @Nullable String measure, @Nullable String unitWord, @Nullable String numerator,
                          @Nullable String denominator, @Nullable String basis, @Nullable String precision,
                          @Nullable String rounding, @Nullable String changeKind, @Nullable List<String> levels,
                          @Nullable String citation, @Nullable String partOf, @Nullable String minValue,
                          @Nullable String maxValue, @Nullable String targetOperator, @Nullable String targetValue,
                          @Nullable String sortOrder, @Nullable String transitionYear) {

        static DefinitionForm of(CatalogEntry e, @Nullable Integer transitionYear) {
            IndicatorDefinition d = e.definition();
            return new DefinitionForm(d.code(), d.name(), d.family().name(), d.measure().name(), d.unitWord(),
                    d.numerator(), d.denominator(), d.basis(), Integer.toString(d.precision()), d.rounding().name(),
                    d.change().name(), d.levels().stream().map(Enum::name).toList(), d.citation(), e.partOf(),
                    e.min().stripTrailingZeros().toPlainString(),
                    e.max() == null ? null : e.max().stripTrailingZeros().toPlainString(),
                    e.targetOperator() == null ? null : e.targetOperator().name(),
                    e.targetValue() == null ? null : e.targetValue().stripTrailingZeros().toPlainString(),
                    Integer.toString(e.sortOrder()), transitionYear == null ? null : transitionYear.toString());
        }

        static DefinitionForm blank() {
            return new DefinitionForm(null, null, null, "COUNT", "件", null, null, null, "0", "HALF_UP", "PERCENT",
                    List.of("UNIT", "TOWNSHIP", "COUNTY", "PROVINCE"), null, null, "0", null, null, null, null, null);
        }
    }

    /** A checked definition with the form rules. */
    public record Checked(IndicatorDefinition definition, @Nullable String partOf, BigDecimal min, @Nullable BigDecimal max,
                   @Nullable TargetOperator operator, @Nullable BigDecimal target, int sortOrder,
                   @Nullable Integer transitionYear) {
    }

    private final IndicatorCatalog catalog;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogDefinitions(IndicatorCatalog catalog, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a reported indicator (新增填报指标). */
    @Transactional
    public String create(DefinitionForm form, CurrentUser user) {
        requireEditor(user);
        Checked c = parse(form, catalog, null);
        String code = c.definition().code();
        if (catalog.source(code).isPresent()) {
            throw BusinessException.conflict("指标代码 " + code + " 已由业务模块计算（" + catalog.moduleOf(code).orElse("")
                    + "），不能再作为填报指标新增");
        }
        if (jdbc.sql("SELECT count(*) FROM ind_definition WHERE county_code = '000000' AND code = :code")
                .param("code", code).query(Long.class).single() > 0) {
            throw BusinessException.conflict("指标代码 " + code + " 已存在");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO ind_definition (code, name, family, measure, unit_word, numerator, denominator, basis,
                            precision_digits, rounding, change_kind, levels, citation, part_of, min_value, max_value,
                            target_operator, target_value, sort_order, transition_year, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:code, :name, :family, :measure, :unitWord, :numerator, :denominator, :basis,
                            :precision, :rounding, :change, :levels, :citation, :partOf, :min, :max,
                            :op, :target, :sort, :transition, :now, :by, :now, :by)""")
                .params(params(c)).param("now", now).param("by", user.username()).update();
        catalog.reload();
        events.publishEvent(new IndicatorDefinitionChanged(user.countyCode(), user.username(),
                "indicators.definition.created", code, "新增填报指标 " + code + "「" + c.definition().name() + "」：" + summary(c)));
        return code;
    }

    /** Edits a reported indicator (修改填报指标); the code itself never changes. */
    @Transactional
    public void update(String code, DefinitionForm form, CurrentUser user) {
        requireEditor(user);
        CatalogEntry before = catalog.require(code);
        if (before.origin() == CatalogEntry.Origin.COMPUTED) {
            throw BusinessException.conflict("指标 " + code + " 由业务模块（" + catalog.moduleOf(code).orElse("")
                    + "）计算，口径以模块定义为准，不能在此修改");
        }
        DefinitionForm sameCode = new DefinitionForm(code, form.name(), form.family(), form.measure(), form.unitWord(),
                form.numerator(), form.denominator(), form.basis(), form.precision(), form.rounding(), form.changeKind(),
                form.levels(), form.citation(), form.partOf(), form.minValue(), form.maxValue(), form.targetOperator(),
                form.targetValue(), form.sortOrder(), form.transitionYear());
        Checked c = parse(sameCode, catalog, code);
        if (c.definition().measure() != before.definition().measure() && hasValues(code)) {
            throw BusinessException.conflict("该指标已有填报数据，不能改变计量类型（数量、合计量、比率），以免已填报的数值改变含义");
        }
        int updated = jdbc.sql("""
                        UPDATE ind_definition SET name = :name, family = :family, measure = :measure, unit_word = :unitWord,
                            numerator = :numerator, denominator = :denominator, basis = :basis,
                            precision_digits = :precision, rounding = :rounding, change_kind = :change, levels = :levels,
                            citation = :citation, part_of = :partOf, min_value = :min, max_value = :max,
                            target_operator = :op, target_value = :target, sort_order = :sort,
                            transition_year = :transition, updated_at = :now, updated_by = :by, version = version + 1
                        WHERE county_code = '000000' AND code = :code""")
                .params(params(c)).param("now", Timestamp.from(clock.instant())).param("by", user.username()).update();
        if (updated != 1) {
            throw BusinessException.notFound("指标不存在：" + code);
        }
        catalog.reload();
        events.publishEvent(new IndicatorDefinitionChanged(user.countyCode(), user.username(),
                "indicators.definition.updated", code, "修改填报指标 " + code + "「" + c.definition().name() + "」："
                + changes(before, c)));
    }

    private boolean hasValues(String code) {
        return jdbc.sql("SELECT count(*) FROM ind_form_value WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    static void requireEditor(CurrentUser user) {
        if (!user.can(PERMISSION)) {
            throw BusinessException.forbidden("您没有维护指标目录的权限");
        }
    }

    private static java.util.Map<String, Object> params(Checked c) {
        IndicatorDefinition d = c.definition();
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("code", d.code());
        p.put("name", d.name());
        p.put("family", d.family().name());
        p.put("measure", d.measure().name());
        p.put("unitWord", d.unitWord());
        p.put("numerator", d.numerator());
        p.put("denominator", d.denominator());
        p.put("basis", d.basis());
        p.put("precision", d.precision());
        p.put("rounding", d.rounding().name());
        p.put("change", d.change().name());
        p.put("levels", levelsText(d.levels()));
        p.put("citation", d.citation());
        p.put("partOf", c.partOf());
        p.put("min", c.min());
        p.put("max", c.max());
        p.put("op", c.operator() == null ? null : c.operator().name());
        p.put("target", c.target());
        p.put("sort", c.sortOrder());
        p.put("transition", c.transitionYear());
        return p;
    }

    static String levelsText(Set<IndicatorDefinition.Level> levels) {
        return EnumSet.copyOf(levels).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String summary(Checked c) {
        IndicatorDefinition d = c.definition();
        return d.family().label() + "，" + d.numerator() + (d.denominator() == null ? "" : " ÷ " + d.denominator())
                + "，单位“" + d.unitWord() + "”";
    }

    private static String changes(CatalogEntry before, Checked after) {
        IndicatorDefinition b = before.definition();
        IndicatorDefinition a = after.definition();
        List<String> changed = new ArrayList<>();
        diff(changed, "名称", b.name(), a.name());
        diff(changed, "类别", b.family().label(), a.family().label());
        diff(changed, "计量类型", b.measure().name(), a.measure().name());
        diff(changed, "计量单位", b.unitWord(), a.unitWord());
        diff(changed, "统计对象", b.numerator(), a.numerator());
        diff(changed, "分母", b.denominator(), a.denominator());
        diff(changed, "口径", b.basis(), a.basis());
        diff(changed, "精度", Integer.toString(b.precision()), Integer.toString(a.precision()));
        diff(changed, "修约", b.rounding().name(), a.rounding().name());
        diff(changed, "同比表述", b.change().name(), a.change().name());
        diff(changed, "适用层级", levelsText(b.levels()), levelsText(a.levels()));
        diff(changed, "依据", b.citation(), a.citation());
        diff(changed, "所属总数", before.partOf(), after.partOf());
        diff(changed, "下限", plain(before.min()), plain(after.min()));
        diff(changed, "上限", plain(before.max()), plain(after.max()));
        diff(changed, "目标", before.targetText(), after.operator() == null || after.target() == null ? null
                : after.operator().word() + plain(after.target()) + a.unitWord());
        diff(changed, "排序", Integer.toString(before.sortOrder()), Integer.toString(after.sortOrder()));
        return changed.isEmpty() ? "无变化" : String.join("；", changed);
    }

    private static void diff(List<String> out, String what, @Nullable String before, @Nullable String after) {
        if (!java.util.Objects.equals(before, after)) {
            out.add(what + "由“" + (before == null ? "（空）" : before) + "”改为“" + (after == null ? "（空）" : after) + "”");
        }
    }

    private static @Nullable String plain(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /**
     * Checks a submitted definition; every problem is named, in Chinese, in one message.
     *
     * @param editing the code being edited, or {@code null} when adding
     * @throws BusinessException (invalid) listing every problem
     */
    static Checked parse(DefinitionForm f, IndicatorCatalog catalog, @Nullable String editing) {
        List<String> errors = new ArrayList<>();
        String code = trim(f.code());
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{2,63}")) {
            errors.add("指标代码须为3至64位大写字母、数字和下划线，以字母开头（如 MEDIATION_CASES）");
        }
        String name = text(f.name(), "指标名称", 100, true, errors);
        IndicatorFamily family = choice(IndicatorFamily.class, f.family(), "指标类别", errors);
        IndicatorDefinition.Measure measure = choice(IndicatorDefinition.Measure.class, f.measure(), "计量类型", errors);
        String unitWord = text(f.unitWord(), "计量单位", 8, true, errors);
        String numerator = text(f.numerator(), "统计对象（分子）", 300, true, errors);
        String denominator = text(f.denominator(), "分母", 300, false, errors);
        String basis = text(f.basis(), "口径说明", 300, false, errors);
        String citation = text(f.citation(), "依据", 300, false, errors);
        boolean rate = measure == IndicatorDefinition.Measure.RATE;
        if (rate && denominator == null) {
            errors.add("比率指标必须写明分母（除以什么）");
        }
        if (measure != null && !rate && denominator != null) {
            errors.add("只有比率指标才有分母");
        }
        if (rate && unitWord != null && !"%".equals(unitWord)) {
            errors.add("比率指标的计量单位应为“%”");
        }
        Integer precision = integer(f.precision(), "保留小数位数", 0, 4, errors);
        RoundingMode rounding = null;
        if (!"HALF_UP".equals(f.rounding()) && !"DOWN".equals(f.rounding())) {
            errors.add("请选择修约方式（四舍五入或截断）");
        } else {
            rounding = RoundingMode.valueOf(f.rounding());
        }
        IndicatorDefinition.ChangeKind change = choice(IndicatorDefinition.ChangeKind.class, f.changeKind(), "同比表述", errors);
        Set<IndicatorDefinition.Level> levels = EnumSet.noneOf(IndicatorDefinition.Level.class);
        for (String l : f.levels() == null ? List.<String>of() : f.levels()) {
            IndicatorDefinition.Level level = choice(IndicatorDefinition.Level.class, l, "适用层级", errors);
            if (level != null) {
                levels.add(level);
            }
        }
        if (levels.isEmpty()) {
            errors.add("请至少选择一个适用层级");
        }
        BigDecimal min = decimal(f.minValue(), "填报下限", errors);
        if (min == null) {
            min = BigDecimal.ZERO;
        }
        BigDecimal max = decimal(f.maxValue(), "填报上限", errors);
        if (rate && max == null) {
            max = BigDecimal.valueOf(100);
        }
        if (min.signum() < 0) {
            errors.add("填报下限不能为负数");
        }
        if (max != null && max.compareTo(min) < 0) {
            errors.add("填报上限不能小于下限");
        }
        if (rate && max != null && max.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add("比率的填报上限不能超过100%");
        }
        TargetOperator operator = trim(f.targetOperator()) == null ? null
                : choice(TargetOperator.class, f.targetOperator(), "目标运算", errors);
        BigDecimal target = decimal(f.targetValue(), "目标值", errors);
        if ((operator == null) != (target == null)) {
            errors.add("目标运算和目标值须同时填写或同时留空");
        }
        if (target != null && (target.compareTo(min) < 0 || (max != null && target.compareTo(max) > 0))) {
            errors.add("目标值应在填报上下限之内");
        }
        Integer sort = integer(f.sortOrder() == null || f.sortOrder().isBlank() ? "0" : f.sortOrder(), "排序号", 0,
                1_000_000, errors);
        Integer transition = trim(f.transitionYear()) == null ? null
                : integer(f.transitionYear(), "过渡年度", 2000, 2100, errors);
        String partOf = trim(f.partOf());
        if (partOf != null) {
            Optional<CatalogEntry> whole = catalog.find(partOf);
            if (whole.isEmpty()) {
                errors.add("所属总数指标 " + partOf + " 不存在");
            } else if (partOf.equals(code)) {
                errors.add("指标不能是自己的分项");
            } else if (rate || whole.get().isRate()) {
                errors.add("只有数量、合计量指标才能作为分项或总数（比率不能相加）");
            } else if (unitWord != null && !unitWord.equals(whole.get().definition().unitWord())) {
                errors.add("分项的计量单位（" + unitWord + "）应与总数「" + whole.get().name() + "」相同（"
                        + whole.get().definition().unitWord() + "）");
            } else if (whole.get().partOf() != null) {
                errors.add("所属总数「" + whole.get().name() + "」本身是分项，只支持一层分项");
            } else if (editing != null && !catalog.partsOf(editing).isEmpty()) {
                errors.add("该指标已有分项，不能再作为其他指标的分项");
            }
        }
        if (!errors.isEmpty()) {
            throw BusinessException.invalid(String.join("；", errors));
        }
        IndicatorDefinition d;
        try {
            d = new IndicatorDefinition(code, name, family, measure, unitWord, numerator, denominator, basis, precision,
                    rounding, change, levels, citation);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("指标定义不完整：" + e.getMessage());
        }
        return new Checked(d, partOf, min, max, operator, target, sort, transition);
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable String text(@Nullable String s, String what, int max, boolean required, List<String> errors) {
        String t = trim(s);
        if (t == null) {
            if (required) {
                errors.add("请填写" + what);
            }
            return null;
        }
        if (t.length() > max) {
            errors.add(what + "不能超过" + max + "个字");
        }
        return t;
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String what,
                                                          List<String> errors) {
        String t = trim(value);
        if (t != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t)) {
                    return e;
                }
            }
        }
        errors.add("请选择" + what);
        return null;
    }

    private static @Nullable Integer integer(@Nullable String value, String what, int min, int max, List<String> errors) {
        String t = trim(value);
        try {
            int v = Integer.parseInt(t == null ? "" : t);
            if (v < min || v > max) {
                errors.add(what + "应在" + min + "至" + max + "之间");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(what + "应为整数");
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String value, String what, List<String> errors) {
        String t = trim(value);
        if (t == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.abs().compareTo(new BigDecimal("100000000000000")) >= 0 || v.scale() > 4) {
                errors.add(what + "超出范围（最多4位小数）");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(what + "“" + t + "”不是数字");
            return null;
        }
    }
}
