package org.fazhi.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a form's input against the catalog before anything is stored (填报校验): numbers, whole counts, ranges, a
 * rate's numerator not above its denominator and its stated value matching them, parts not above their whole and
 * disjoint parts not summing above it. Every problem is reported at once, in Chinese, naming the indicator.
 */
final class FormValidation {

    private FormValidation() {
    }

    /** A field after parsing. */
    record Parsed(@Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable BigDecimal stated,
                  Approximation approximation, @Nullable String note) {

        boolean empty() {
            return numerator == null && stated == null;
        }

        /** The figure to compare with a whole or a range: the count, or the rate. */
        @Nullable BigDecimal figure() {
            return numerator != null && denominator == null ? numerator : stated != null ? stated : numerator;
        }

        String text(IndicatorDefinition d) {
            if (empty()) {
                return "（未填）";
            }
            String figure = IndicatorText.figure(figure(), d, approximation);
            return denominator == null ? figure : figure + "（" + IndicatorText.plain(numerator) + "/"
                    + IndicatorText.plain(denominator) + "）";
        }
    }

    /**
     * @param entries the form's indicators
     * @param inputs  input by code; codes not on the form are refused
     * @return parsed fields by code, blanks included as empty
     * @throws BusinessException (invalid) listing every problem
     */
    static Map<String, Parsed> validate(List<CatalogEntry> entries, Map<String, FormInput> inputs) {
        Map<String, CatalogEntry> byCode = new LinkedHashMap<>();
        entries.forEach(e -> byCode.put(e.code(), e));
        List<String> errors = new ArrayList<>();
        for (String code : inputs.keySet()) {
            if (!byCode.containsKey(code)) {
                errors.add("指标 " + code + " 不在本填报表中");
            }
        }
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            FormInput input = inputs.get(entry.code());
            if (input == null || input.blank()) {
                parsed.put(entry.code(), new Parsed(null, null, null, Approximation.EXACT, note(input)));
                continue;
            }
            Parsed p = parse(entry, input, errors);
            if (p != null) {
                parsed.put(entry.code(), p);
            }
        }
        if (errors.isEmpty()) {
            checkParts(byCode, parsed, errors);
        }
        if (!errors.isEmpty()) {
            throw BusinessException.invalid(String.join("；", errors));
        }
        return parsed;
    }

    private static @Nullable String note(@Nullable FormInput input) {
        if (input == null || input.note() == null || input.note().isBlank()) {
            return null;
        }
        return input.note().strip().length() > 500 ? input.note().strip().substring(0, 500) : input.note().strip();
    }

    private static @Nullable Parsed parse(CatalogEntry entry, FormInput input, List<String> errors) {
        IndicatorDefinition d = entry.definition();
        String name = "「" + d.name() + "」";
        int before = errors.size();
        BigDecimal numerator = number(input.numerator(), name + (entry.isRate() ? "的分子" : ""), errors);
        BigDecimal denominator = entry.isRate() ? number(input.denominator(), name + "的分母", errors) : null;
        BigDecimal stated = entry.isRate() ? number(input.stated(), name, errors) : null;
        Approximation approximation;
        try {
            approximation = Approximation.parse(input.approximation());
        } catch (IllegalArgumentException e) {
            errors.add(name + "：" + e.getMessage());
            return null;
        }
        if (errors.size() > before) {
            return null;
        }
        if (!entry.isRate()) {
            if (d.measure() == IndicatorDefinition.Measure.COUNT && !whole(numerator)) {
                errors.add(name + "应为整数" + d.unitWord());
            }
            range(entry, numerator, name, errors);
            return new Parsed(numerator, null, null, approximation, note(input));
        }
        if (numerator != null || denominator != null) {
            if (numerator == null || denominator == null) {
                errors.add(name + "的分子和分母应同时填写（或只填比率）");
                return null;
            }
            if (!whole(numerator) || !whole(denominator) || numerator.signum() < 0 || denominator.signum() <= 0) {
                errors.add(name + "的分子应为非负整数、分母应为正整数");
                return null;
            }
            if (numerator.compareTo(denominator) > 0) {
                errors.add(name + "的分子（" + IndicatorText.plain(numerator) + "）不能大于分母（"
                        + IndicatorText.plain(denominator) + "）");
                return null;
            }
            BigDecimal computed = new IndicatorCount(numerator, denominator).value(d);
            if (stated != null && computed != null
                    && stated.setScale(d.precision(), d.rounding()).compareTo(computed) != 0) {
                errors.add(name + "填报的比率" + IndicatorText.plain(stated) + "%与分子分母算得的"
                        + IndicatorText.plain(computed) + "%不符");
                return null;
            }
            return new Parsed(numerator, denominator, computed, approximation, note(input));
        }
        range(entry, stated, name, errors);
        return new Parsed(null, null, stated, approximation, note(input));
    }

    private static void range(CatalogEntry entry, @Nullable BigDecimal value, String name, List<String> errors) {
        if (value == null) {
            return;
        }
        String unit = entry.definition().unitWord();
        if (value.compareTo(entry.min()) < 0) {
            errors.add(name + "不能小于" + IndicatorText.plain(entry.min()) + unit);
        }
        if (entry.max() != null && value.compareTo(entry.max()) > 0) {
            errors.add(name + "不能大于" + IndicatorText.plain(entry.max()) + unit);
        }
    }

    /** Parts against their whole, on exact figures only (余/约 figures cannot be added up honestly). */
    private static void checkParts(Map<String, CatalogEntry> byCode, Map<String, Parsed> parsed, List<String> errors) {
        Map<String, List<String>> partsByWhole = new LinkedHashMap<>();
        byCode.values().stream().filter(e -> e.partOf() != null && byCode.containsKey(e.partOf()))
                .forEach(e -> partsByWhole.computeIfAbsent(e.partOf(), w -> new ArrayList<>()).add(e.code()));
        partsByWhole.forEach((wholeCode, partCodes) -> {
            Parsed whole = parsed.get(wholeCode);
            if (whole == null || whole.empty() || whole.approximation() != Approximation.EXACT) {
                return;
            }
            CatalogEntry wholeEntry = byCode.get(wholeCode);
            BigDecimal sum = BigDecimal.ZERO;
            List<String> names = new ArrayList<>();
            for (String partCode : partCodes) {
                Parsed part = parsed.get(partCode);
                if (part == null || part.empty()) {
                    continue;
                }
                CatalogEntry partEntry = byCode.get(partCode);
                if (part.figure().compareTo(whole.figure()) > 0) {
                    errors.add("「" + partEntry.name() + "」" + part.text(partEntry.definition()) + "不能超过「"
                            + wholeEntry.name() + "」" + whole.text(wholeEntry.definition()));
                }
                if (part.approximation() == Approximation.EXACT) {
                    sum = sum.add(part.figure());
                    names.add("「" + partEntry.name() + "」");
                }
            }
            if (names.size() > 1 && sum.compareTo(whole.figure()) > 0) {
                errors.add(String.join("", names) + "之和" + IndicatorText.figure(sum, wholeEntry.definition(),
                        Approximation.EXACT) + "超过「" + wholeEntry.name() + "」"
                        + whole.text(wholeEntry.definition()));
            }
        });
    }

    private static @Nullable BigDecimal number(@Nullable String text, String name, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", "").replace("，", ""));
            if (value.abs().compareTo(new BigDecimal("100000000000000")) >= 0) {
                errors.add(name + "数值过大");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(name + "不是有效数字：" + text.strip());
            return null;
        }
    }

    private static boolean whole(@Nullable BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }
}
