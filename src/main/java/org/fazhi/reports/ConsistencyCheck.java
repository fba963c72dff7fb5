package org.fazhi.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.indicators.Approximation;
import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorText;
import org.fazhi.indicators.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * The consistency check of an annual report (一致性检查), run before submission. It reads each sentence as it will be
 * printed and finds: references to indicators without data; a writer's wording (余/近/约/以上) untrue of the exact
 * value; parts above their whole or disjoint parts summing above it; a rate contradicting the two counts stated with
 * it; and year-on-year statements contradicting last year's value — or, when last year is unknown, impossible for any
 * whole number of last year's cases (16件 "较去年增长200%" would need 5⅓ cases last year).
 */
final class ConsistencyCheck {

    private static final String WORDS = "件|项|名|人|个|次|起|份|家|场|期|处|条|支|类|课时";
    private static final Pattern COUNT = Pattern.compile("(近|约)?(\\d+(?:\\.\\d+)?)(万)?(余|多)?(" + WORDS + ")(以上)?");
    private static final Pattern RATE = Pattern.compile("率(?:达到|达|为|是)?(\\d+(?:\\.\\d+)?)%");
    private static final Pattern CHANGE = Pattern.compile(
            "(较去年|较上年|比去年|比上年|同比)(增长|增加|上升|提高|下降|减少|降低)了?(\\d+(?:\\.\\d+)?)(%|个百分点|倍|" + WORDS + ")");

    private ConsistencyCheck() {
    }

    /** A chapter to check. */
    record Chapter(int number, String heading, String body) {
    }

    static List<Finding> check(List<Chapter> chapters, FigureText.Figures figures) {
        List<Finding> findings = new ArrayList<>();
        Set<String> wholesChecked = new HashSet<>();
        for (Chapter chapter : chapters) {
            List<String> sentences = sentences(chapter.body());
            for (int i = 0; i < sentences.size(); i++) {
                String raw = sentences.get(i);
                List<FigureText.Reference> refs = FigureText.references(raw, figures);
                String printed = FigureText.render(raw, figures);
                Ctx ctx = new Ctx(chapter, i + 1, printed, findings);
                for (FigureText.Reference ref : refs) {
                    references(ref, figures, ctx, wholesChecked);
                }
                rateAgainstCounts(printed, ctx);
                yearOnYear(raw, refs, figures, ctx);
            }
        }
        return findings;
    }

    private record Ctx(Chapter chapter, int sentenceNo, String sentence, List<Finding> findings) {
        void add(String kind, String label, String message) {
            findings.add(new Finding(kind, label, chapter.number(), chapter.heading(), sentenceNo, sentence, message));
        }
    }

    /** Splits prose into sentences, keeping the closing mark; blank lines are dropped. */
    static List<String> sentences(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^。；！？\\n]+[。；！？]?").matcher(body);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static void references(FigureText.Reference ref, FigureText.Figures figures, Ctx ctx, Set<String> wholes) {
        CatalogEntry entry = figures.entries().get(ref.code());
        IndicatorValue value = figures.value(ref.code());
        if (entry == null || value == null) {
            ctx.add("MISSING", "无数据", "引用的指标代码 " + ref.code() + " 不在指标目录中");
            return;
        }
        if (ref.aspect() == null && ref.stated() == null && !value.known()) {
            ctx.add("MISSING", "无数据", "「" + entry.name() + "」本年度没有数据（未计算或填报未审核通过），请补报或删去该句");
            return;
        }
        if ("change".equals(ref.aspect()) && value.changeText() == null) {
            ctx.add("MISSING", "无数据", "「" + entry.name() + "」没有可比的上年数据，不能表述同比变化");
        }
        if (ref.stated() != null) {
            wording(ref, entry, value, ctx);
        }
        if (entry.partOf() != null && value.known()) {
            partAgainstWhole(entry, value, figures, ctx, wholes);
        }
    }

    private static void wording(FigureText.Reference ref, CatalogEntry entry, IndicatorValue value, Ctx ctx) {
        FigureText.Stated stated = FigureText.parseStated(ref.stated());
        IndicatorDefinition d = entry.definition();
        if (stated == null) {
            ctx.add("WORDING", "约数与准确数", "「" + entry.name() + "」的写法“" + ref.stated() + "”无法识别");
            return;
        }
        if (!value.known()) {
            ctx.add("MISSING", "无数据", "「" + entry.name() + "」本年度没有数据，不能写作" + ref.text());
            return;
        }
        String written = IndicatorText.figure(stated.number(), d, stated.approximation());
        if (value.approximation() != Approximation.EXACT) {
            boolean same = stated.approximation() == value.approximation()
                    && stated.number().compareTo(value.value()) == 0;
            if (!same) {
                ctx.add("WORDING", "约数与准确数", "「" + entry.name() + "」只知约数" + value.figure() + "，写作"
                        + written + "没有依据");
            }
            return;
        }
        if (!stated.approximation().holdsFor(stated.number(), value.value())) {
            String meaning = switch (stated.approximation()) {
                case EXACT -> "准确数应为" + value.figure();
                case MORE_THAN -> "“余”表示多于" + IndicatorText.figure(stated.number(), d, Approximation.EXACT)
                        + "且不到下一整数位";
                case NEARLY -> "“近”表示略少于" + IndicatorText.figure(stated.number(), d, Approximation.EXACT);
                case ABOUT -> "“约”表示相差不超过一成";
                case AT_LEAST -> "“以上”表示不少于" + IndicatorText.figure(stated.number(), d, Approximation.EXACT);
            };
            ctx.add("WORDING", "约数与准确数", "写作" + written + "，但「" + entry.name() + "」的准确数是" + value.figure()
                    + "（" + meaning + "）");
        }
    }

    private static void partAgainstWhole(CatalogEntry part, IndicatorValue partValue, FigureText.Figures figures,
                                         Ctx ctx, Set<String> wholes) {
        CatalogEntry whole = figures.entries().get(part.partOf());
        IndicatorValue wholeValue = figures.value(part.partOf());
        if (whole == null || wholeValue == null || !wholeValue.known()
                || wholeValue.approximation() != Approximation.EXACT) {
            return;
        }
        if (partValue.approximation() == Approximation.EXACT && partValue.value().compareTo(wholeValue.value()) > 0) {
            ctx.add("PART_WHOLE", "分项与总数", "「" + part.name() + "」" + partValue.figure() + "超过了「" + whole.name()
                    + "」" + wholeValue.figure());
        }
        if (!wholes.add(whole.code())) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        for (CatalogEntry e : figures.entries().values()) {
            IndicatorValue v = figures.value(e.code());
            if (whole.code().equals(e.partOf()) && v != null && v.known() && v.approximation() == Approximation.EXACT) {
                sum = sum.add(v.value());
                names.add("「" + e.name() + "」" + v.figure());
            }
        }
        if (names.size() > 1 && sum.compareTo(wholeValue.value()) > 0) {
            ctx.add("PART_WHOLE", "分项与总数", String.join("、", names) + "合计"
                    + IndicatorText.figure(sum, whole.definition(), Approximation.EXACT) + "，超过了「" + whole.name()
                    + "」" + wholeValue.figure() + "（各分项互不重叠）");
        }
    }

    /**
     * "通过率100%" next to exactly two exact counts of the same measure word (70名 … 63名): the rate must be the smaller
     * over the larger, at the precision written.
     */
    private static void rateAgainstCounts(String sentence, Ctx ctx) {
        Matcher rate = RATE.matcher(sentence);
        List<BigDecimal> rates = new ArrayList<>();
        while (rate.find()) {
            rates.add(new BigDecimal(rate.group(1)));
        }
        if (rates.size() != 1) {
            return;
        }
        List<BigDecimal> counts = new ArrayList<>();
        Set<String> words = new HashSet<>();
        Matcher count = COUNT.matcher(sentence.replaceAll(CHANGE.pattern(), ""));
        while (count.find()) {
            boolean exact = count.group(1) == null && count.group(4) == null && count.group(6) == null
                    && count.group(3) == null;
            if (!exact) {
                return;
            }
            counts.add(new BigDecimal(count.group(2)));
            words.add(count.group(5));
        }
        if (counts.size() != 2 || words.size() != 1) {
            return;
        }
        BigDecimal small = counts.get(0).min(counts.get(1));
        BigDecimal large = counts.get(0).max(counts.get(1));
        if (large.signum() == 0) {
            return;
        }
        BigDecimal stated = rates.get(0);
        BigDecimal actual = small.multiply(BigDecimal.valueOf(100)).divide(large, stated.scale(), RoundingMode.HALF_UP);
        if (actual.compareTo(stated) != 0) {
            String word = words.iterator().next();
            ctx.add("RATE_COUNT", "比率与件数", "所述比率" + stated.toPlainString() + "%与同句的" + plain(small) + word + "、"
                    + plain(large) + word + "不符：" + plain(small) + "÷" + plain(large) + "="
                    + small.multiply(BigDecimal.valueOf(100)).divide(large, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + "%");
        }
    }

    private static void yearOnYear(String raw, List<FigureText.Reference> refs, FigureText.Figures figures, Ctx ctx) {
        // Work on the raw text so that a reference's position is known; literal figures are read from the text.
        Matcher change = CHANGE.matcher(raw);
        while (change.find()) {
            boolean up = Set.of("增长", "增加", "上升", "提高").contains(change.group(2));
            BigDecimal amount = new BigDecimal(change.group(3));
            BigDecimal stated = up ? amount : amount.negate();
            String unit = change.group(4);
            String phrase = change.group();
            FigureText.Reference base = null;
            for (FigureText.Reference r : refs) {
                if (r.end() <= change.start() && r.aspect() == null) {
                    base = r;
                }
            }
            if (base != null) {
                yearOnYearOfReference(base, stated, unit, phrase, figures, ctx);
                continue;
            }
            BigDecimal literal = lastLiteralCount(raw.substring(0, change.start()));
            if (literal != null && "%".equals(unit)) {
                wholeNumberTest(literal, null, stated, phrase, "", ctx);
            }
        }
    }

    private static void yearOnYearOfReference(FigureText.Reference base, BigDecimal stated, String unit, String phrase,
                                              FigureText.Figures figures, Ctx ctx) {
        CatalogEntry entry = figures.entries().get(base.code());
        IndicatorValue value = figures.value(base.code());
        if (entry == null || value == null || !value.known()) {
            return;
        }
        IndicatorDefinition d = entry.definition();
        if (value.lastYear() != null) {
            IndicatorDefinition.ChangeKind kind = "%".equals(unit) ? IndicatorDefinition.ChangeKind.PERCENT
                    : "个百分点".equals(unit) ? IndicatorDefinition.ChangeKind.POINTS
                    : IndicatorDefinition.ChangeKind.DIFFERENCE;
            BigDecimal actual = IndicatorText.change(value.value(), value.lastYear(), kind, d.precision());
            if (actual == null) {
                ctx.add("YEAR_ON_YEAR", "同比与上年", "所述“" + phrase + "”无法成立：「" + entry.name() + "」上年为"
                        + value.lastYearFigure() + "，不能以百分比表述增长");
                return;
            }
            BigDecimal shown = actual.setScale(Math.max(0, stated.scale()), RoundingMode.HALF_UP);
            if (shown.compareTo(stated) != 0) {
                ctx.add("YEAR_ON_YEAR", "同比与上年", "所述“" + phrase + "”与实际不符：「" + entry.name() + "」本年"
                        + value.figure() + "，上年" + value.lastYearFigure() + "，实际" + IndicatorText.change(
                        value.value(), value.lastYear(), withKind(d, kind)));
            }
            return;
        }
        if ("%".equals(unit) && d.measure() == IndicatorDefinition.Measure.COUNT
                && value.approximation() == Approximation.EXACT) {
            wholeNumberTest(value.value(), d.unitWord(), stated, phrase, "「" + entry.name() + "」", ctx);
        }
    }

    /**
     * Whether some whole number L ≥ 1 of last year's cases gives the stated percentage (at its precision) for this
     * year's count N: (N − L) ÷ L × 100. If none does, the statement cannot be true whatever last year was.
     */
    static @Nullable String impossibleChange(BigDecimal current, BigDecimal statedPercent, String unitWord) {
        if (current.stripTrailingZeros().scale() > 0 || current.signum() < 0) {
            return null;
        }
        int scale = Math.max(0, statedPercent.scale());
        BigDecimal factor = BigDecimal.ONE.add(statedPercent.movePointLeft(2));
        if (factor.signum() <= 0) {
            return statedPercent.signum() < 0 && statedPercent.compareTo(BigDecimal.valueOf(-100)) == 0
                    && current.signum() == 0 ? null : "下降幅度不可能达到或超过100%（本年为" + plain(current) + unitWord + "）";
        }
        BigDecimal ideal = current.divide(factor, 6, RoundingMode.HALF_UP);
        long center = ideal.setScale(0, RoundingMode.FLOOR).longValue();
        BigDecimal below = null;
        BigDecimal above = null;
        long belowL = 0;
        long aboveL = 0;
        for (long l = Math.max(1, center - 2); l <= center + 3; l++) {
            BigDecimal pct = current.subtract(BigDecimal.valueOf(l)).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(l), scale, RoundingMode.HALF_UP);
            if (pct.compareTo(statedPercent) == 0) {
                return null;
            }
            if (pct.compareTo(statedPercent) > 0) {
                below = pct;
                belowL = l;
            } else if (above == null) {
                above = pct;
                aboveL = l;
            }
        }
        StringBuilder msg = new StringBuilder("上年应为" + plain(current) + "÷(1" + (statedPercent.signum() >= 0 ? "+" : "")
                + statedPercent.stripTrailingZeros().toPlainString() + "%)≈"
                + ideal.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + unitWord
                + "，不是整数，没有任何整数的上年" + unitWord + "数能得出这一增幅");
        if (below != null && above != null) {
            msg.append("（上年").append(belowL).append(unitWord).append("则为").append(pct(below)).append("，")
                    .append(aboveL).append(unitWord).append("则为").append(pct(above)).append("）");
        }
        return msg.toString();
    }

    private static void wholeNumberTest(BigDecimal current, @Nullable String unitWord, BigDecimal stated,
                                        String phrase, String name, Ctx ctx) {
        String word = unitWord == null ? "件" : unitWord;
        String problem = impossibleChange(current, stated, word);
        if (problem != null) {
            ctx.add("YEAR_ON_YEAR", "同比与上年", "所述“" + phrase + "”不可能成立：" + name + "本年" + plain(current) + word
                    + "，" + problem);
        }
    }

    private static String pct(BigDecimal p) {
        return (p.signum() >= 0 ? "增长" : "下降") + p.abs().stripTrailingZeros().toPlainString() + "%";
    }

    private static @Nullable BigDecimal lastLiteralCount(String before) {
        Matcher m = COUNT.matcher(before);
        BigDecimal last = null;
        while (m.find()) {
            boolean exact = m.group(1) == null && m.group(4) == null && m.group(6) == null && m.group(3) == null;
            last = exact ? new BigDecimal(m.group(2)) : null;
        }
        return last;
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static IndicatorDefinition withKind(IndicatorDefinition d, IndicatorDefinition.ChangeKind kind) {
        return new IndicatorDefinition(d.code(), d.name(), d.family(), d.measure(), d.unitWord(), d.numerator(),
                d.denominator(), d.basis(), d.precision(), d.rounding(), kind, d.levels(), d.citation());
    }
}
