package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicator catalog (指标目录): every indicator a module computes through its {@link IndicatorSource} bean, plus
 * every indicator units report (填报) from {@code ind_definition}. Two sources defining the same code stop the
 * application at start-up: a figure must have one meaning. A reported indicator whose code a module starts computing
 * becomes computed: the module's count replaces the reported sum (under the name reports write), the form keeps the
 * field up to the definition's transition year ({@code ind_definition.transition_year}) and the value carries the
 * reported figure and the difference for comparison; later forms drop the field. Which module codes were taken over
 * and which stay apart (different basis) is recorded in {@code docs/indicators-mapping.md}.
 */
@Component
public class IndicatorCatalog {

    private final Map<String, IndicatorSource> sourcesByCode;
    private final Map<String, IndicatorDefinition> computed;
    private final JdbcClient jdbc;
    private final AtomicReference<Map<String, CatalogEntry>> cache = new AtomicReference<>();
    private final AtomicReference<Map<String, Integer>> transitionYears = new AtomicReference<>(Map.of());
    private final AtomicReference<Set<String>> reportedCodes = new AtomicReference<>(Set.of());

    public IndicatorCatalog(List<IndicatorSource> sources, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.sourcesByCode = indexSources(sources);
        Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
        for (IndicatorSource source : sources) {
            for (IndicatorDefinition d : source.definitions()) {
                definitions.put(d.code(), d);
            }
        }
        this.computed = definitions;
    }

    /**
     * Indexes the sources by code.
     *
     * @throws IllegalStateException when two sources (or one source twice) define the same code
     */
    static Map<String, IndicatorSource> indexSources(List<IndicatorSource> sources) {
        Map<String, IndicatorSource> byCode = new HashMap<>();
        for (IndicatorSource source : sources) {
            for (IndicatorDefinition d : source.definitions()) {
                IndicatorSource previous = byCode.putIfAbsent(d.code(), source);
                if (previous != null) {
                    throw new IllegalStateException("指标代码重复：" + d.code() + " 同时由 "
                            + previous.getClass().getSimpleName() + " 和 " + source.getClass().getSimpleName()
                            + " 定义；每个指标只能有一个口径");
                }
            }
        }
        return Map.copyOf(byCode);
    }

    /** Every indicator, by family and sort order. */
    public List<CatalogEntry> entries() {
        return List.copyOf(index().values());
    }

    public Optional<CatalogEntry> find(String code) {
        return Optional.ofNullable(index().get(code));
    }

    /** @throws BusinessException (not found) for an unknown code */
    public CatalogEntry require(String code) {
        return find(code).orElseThrow(() -> BusinessException.notFound("指标不存在：" + code));
    }

    /** The module computing the indicator, if any. */
    public Optional<IndicatorSource> source(String code) {
        return Optional.ofNullable(sourcesByCode.get(code));
    }

    /** The parts declared for a whole (分项). */
    public List<CatalogEntry> partsOf(String wholeCode) {
        return index().values().stream().filter(e -> wholeCode.equals(e.partOf())).toList();
    }

    /**
     * The reported indicators a form at this level carries: unit and township forms carry what those units report;
     * the county's own form carries the county-wide figures no unit reports, so that summing forms never counts twice.
     */
    public List<CatalogEntry> formEntries(IndicatorDefinition.Level level) {
        return index().values().stream()
                .filter(e -> e.origin() == CatalogEntry.Origin.REPORTED)
                .filter(e -> onForm(e.definition().levels(), level))
                .toList();
    }

    /**
     * The fields of a form for a year: the reported indicators of {@link #formEntries(IndicatorDefinition.Level)},
     * plus the computed indicators whose transition year (过渡年度) has not passed: up to and including that year units
     * still report the figure, and it is shown beside the module's count so that the two can be compared.
     */
    public List<CatalogEntry> formEntries(IndicatorDefinition.Level level, int year) {
        return index().values().stream()
                .filter(e -> e.origin() == CatalogEntry.Origin.REPORTED
                        || transitionYear(e.code()).map(t -> year <= t).orElse(false))
                .filter(e -> onForm(e.definition().levels(), level))
                .toList();
    }

    /**
     * The transition year (过渡年度) of an indicator a module computes although the reported catalog also defines it:
     * the last year its form field is kept beside the computed figure.
     */
    public Optional<Integer> transitionYear(String code) {
        index();
        return computed.containsKey(code) ? Optional.ofNullable(transitionYears.get().get(code)) : Optional.empty();
    }

    /** The module that computes an indicator (its Spring Modulith module name), if a module computes it. */
    public Optional<String> moduleOf(String code) {
        return source(code).map(s -> {
            String pkg = s.getClass().getPackageName();
            String rest = pkg.startsWith("org.fazhi.") ? pkg.substring("org.fazhi.".length()) : pkg;
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        });
    }

    static boolean onForm(Set<IndicatorDefinition.Level> levels, IndicatorDefinition.Level formLevel) {
        return switch (formLevel) {
            case UNIT -> levels.contains(IndicatorDefinition.Level.UNIT);
            case TOWNSHIP -> levels.contains(IndicatorDefinition.Level.TOWNSHIP);
            case COUNTY -> levels.contains(IndicatorDefinition.Level.COUNTY)
                    && !levels.contains(IndicatorDefinition.Level.UNIT)
                    && !levels.contains(IndicatorDefinition.Level.TOWNSHIP);
            case PROVINCE -> false;
        };
    }

    /** Whether a module computes the code although units also have a form field for it (过渡年度). */
    public boolean alsoReported(String code) {
        index();
        return computed.containsKey(code) && reportedCodes.get().contains(code);
    }

    /** Forgets the reported catalog so that the next call reads it again (after an administrator's change). */
    public void reload() {
        cache.set(null);
    }

    private Map<String, CatalogEntry> index() {
        Map<String, CatalogEntry> current = cache.get();
        if (current != null) {
            return current;
        }
        Map<String, Integer> transitions = new HashMap<>();
        Map<String, CatalogEntry> reported = reportedDefinitions(transitions);
        transitionYears.set(Map.copyOf(transitions));
        reportedCodes.set(Set.copyOf(reported.keySet()));
        List<CatalogEntry> all = new ArrayList<>();
        for (CatalogEntry entry : reported.values()) {
            IndicatorDefinition moduleDefinition = computed.get(entry.code());
            all.add(moduleDefinition == null ? entry : new CatalogEntry(asReportsNameIt(moduleDefinition, entry.name()),
                    CatalogEntry.Origin.COMPUTED,
                    entry.partOf(), entry.min(), entry.max(), entry.targetOperator(), entry.targetValue(),
                    entry.sortOrder()));
        }
        int order = 100_000;
        for (IndicatorDefinition d : computed.values()) {
            if (!reported.containsKey(d.code())) {
                all.add(new CatalogEntry(d, CatalogEntry.Origin.COMPUTED, null, BigDecimal.ZERO,
                        d.measure() == IndicatorDefinition.Measure.RATE ? BigDecimal.valueOf(100) : null, null, null,
                        order++));
            }
        }
        all.sort(Comparator.comparing((CatalogEntry e) -> e.definition().family().ordinal())
                .thenComparingInt(CatalogEntry::sortOrder));
        Map<String, CatalogEntry> byCode = new LinkedHashMap<>();
        all.forEach(e -> byCode.put(e.code(), e));
        Map<String, CatalogEntry> frozen = java.util.Collections.unmodifiableMap(byCode);
        cache.set(frozen);
        return frozen;
    }

    /**
     * The module's definition under the name reports write (the reported catalog's): a statistics table says
     * 办理人大代表建议件数, a report says 督办人大代表建议111件. What is counted stays exactly the module's.
     */
    static IndicatorDefinition asReportsNameIt(IndicatorDefinition module, String reportName) {
        return new IndicatorDefinition(module.code(), reportName, module.family(), module.measure(), module.unitWord(),
                module.numerator(), module.denominator(), module.basis(), module.precision(), module.rounding(),
                module.change(), module.levels(), module.citation());
    }

    private Map<String, CatalogEntry> reportedDefinitions(Map<String, Integer> transitions) {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT d.code, d.name, d.family, d.measure, d.unit_word, d.numerator, d.denominator, d.basis,
                               d.precision_digits, d.rounding, d.change_kind, d.levels, d.citation, d.part_of,
                               d.min_value, d.max_value, d.target_operator, d.target_value, d.sort_order,
                               d.transition_year
                        FROM ind_definition d WHERE d.county_code = '000000' AND d.status = 'ACTIVE'
                        ORDER BY d.sort_order, d.code""")
                .query((rs, n) -> {
                    Set<IndicatorDefinition.Level> levels = EnumSet.noneOf(IndicatorDefinition.Level.class);
                    Arrays.stream(rs.getString("levels").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .forEach(s -> levels.add(IndicatorDefinition.Level.valueOf(s)));
                    IndicatorDefinition d = new IndicatorDefinition(rs.getString("code"), rs.getString("name"),
                            IndicatorFamily.valueOf(rs.getString("family")),
                            IndicatorDefinition.Measure.valueOf(rs.getString("measure")), rs.getString("unit_word"),
                            rs.getString("numerator"), rs.getString("denominator"), rs.getString("basis"),
                            rs.getInt("precision_digits"), RoundingMode.valueOf(rs.getString("rounding")),
                            IndicatorDefinition.ChangeKind.valueOf(rs.getString("change_kind")), levels,
                            rs.getString("citation"));
                    String op = rs.getString("target_operator");
                    int transition = rs.getInt("transition_year");
                    if (!rs.wasNull()) {
                        transitions.put(d.code(), transition);
                    }
                    return entries.put(d.code(), new CatalogEntry(d, CatalogEntry.Origin.REPORTED,
                            rs.getString("part_of"), rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
                            op == null ? null : TargetOperator.valueOf(op), rs.getBigDecimal("target_value"),
                            rs.getInt("sort_order")));
                }).list();
        return entries;
    }

    /** Level of a form for a unit kind name (县政府 → 县本级, 乡镇/街道 → 乡镇, others → 单位). */
    public static IndicatorDefinition.Level formLevel(String unitKind) {
        return switch (unitKind) {
            case "GOVERNMENT" -> IndicatorDefinition.Level.COUNTY;
            case "TOWNSHIP", "SUBDISTRICT" -> IndicatorDefinition.Level.TOWNSHIP;
            default -> IndicatorDefinition.Level.UNIT;
        };
    }

    static @Nullable String nullIfBlank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
