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
 * becomes computed (the form field disappears; values reported for the transition year are shown beside).
 */
@Component
public class IndicatorCatalog {

    private final Map<String, IndicatorSource> sourcesByCode;
    private final Map<String, IndicatorDefinition> computed;
    private final JdbcClient jdbc;
    private final AtomicReference<Map<String, CatalogEntry>> cache = new AtomicReference<>();

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
        return computed.containsKey(code) && reportedDefinitions().containsKey(code);
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
        Map<String, CatalogEntry> reported = reportedDefinitions();
        List<CatalogEntry> all = new ArrayList<>();
        for (CatalogEntry entry : reported.values()) {
            IndicatorDefinition moduleDefinition = computed.get(entry.code());
            all.add(moduleDefinition == null ? entry : new CatalogEntry(moduleDefinition, CatalogEntry.Origin.COMPUTED,
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

    private Map<String, CatalogEntry> reportedDefinitions() {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT d.code, d.name, d.family, d.measure, d.unit_word, d.numerator, d.denominator, d.basis,
                               d.precision_digits, d.rounding, d.change_kind, d.levels, d.citation, d.part_of,
                               d.min_value, d.max_value, d.target_operator, d.target_value, d.sort_order
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
