package org.fazhi.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.indicators.Approximation;
import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorText;
import org.fazhi.indicators.IndicatorValue;
import org.jspecify.annotations.Nullable;

/**
 * Figure references in a report's narrative (指标引用) and their rendering into prose. Syntax:
 * <ul>
 *   <li>{@code {{CODE}}} — the figure with its measure word: 16件, 1.34万余件, 100%;</li>
 *   <li>{@code {{CODE:change}}} — the change on last year as the definition states it: 同比下降6个百分点;</li>
 *   <li>{@code {{CODE:last}}} — last year's figure; {@code {{CODE:target}}} — the target: 达到100%;</li>
 *   <li>{@code {{CODE=2700余}}} — the writer's own wording of the figure (余/多/近/约/以上, 万), printed as written and
 *   checked against the value.</li>
 * </ul>
 */
final class FigureText {

    static final Pattern REFERENCE = Pattern.compile(
            "\\{\\{([A-Z][A-Z0-9_]{2,63})(?::(change|last|target))?(?:=([^}]{1,20}))?}}");
    private static final Pattern STATED = Pattern.compile("^(近|约)?(\\d+(?:\\.\\d+)?)(万)?(余|多|以上)?$");

    private FigureText() {
    }

    /** The indicators' values and catalog entries a report refers to. */
    record Figures(Map<String, CatalogEntry> entries, Map<String, IndicatorValue> values) {

        @Nullable IndicatorValue value(String code) {
            return values.get(code);
        }
    }

    /** A reference found in a text, with the prose it renders to. */
    record Reference(int start, int end, String code, @Nullable String aspect, @Nullable String stated, String text) {
    }

    /** A writer's own wording of a figure: number and approximation. */
    record Stated(BigDecimal number, Approximation approximation) {
    }

    static @Nullable Stated parseStated(String text) {
        Matcher m = STATED.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(m.group(2));
        if (m.group(3) != null) {
            number = number.multiply(BigDecimal.valueOf(10_000));
        }
        Approximation a = m.group(1) != null ? Approximation.parse(m.group(1))
                : m.group(4) != null ? Approximation.parse(m.group(4)) : Approximation.EXACT;
        return new Stated(number, a);
    }

    static List<Reference> references(String text, Figures figures) {
        List<Reference> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            refs.add(new Reference(m.start(), m.end(), m.group(1), m.group(2), m.group(3),
                    render(m.group(1), m.group(2), m.group(3), figures)));
        }
        return refs;
    }

    /** The text with every reference replaced by its prose. */
    static String render(String text, Figures figures) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Reference r : references(text, figures)) {
            out.append(text, last, r.start()).append(r.text());
            last = r.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static String render(String code, @Nullable String aspect, @Nullable String stated, Figures figures) {
        CatalogEntry entry = figures.entries().get(code);
        IndicatorValue value = figures.value(code);
        if (entry == null || value == null) {
            return "【未知指标" + code + "】";
        }
        if (stated != null) {
            Stated s = parseStated(stated);
            if (s == null) {
                return "【" + entry.name() + "的写法“" + stated + "”无法识别】";
            }
            return IndicatorText.figure(s.number(), entry.definition(), s.approximation());
        }
        if ("change".equals(aspect)) {
            return value.changeText() == null ? "【" + entry.name() + "无上年可比数据】" : value.changeText();
        }
        if ("last".equals(aspect)) {
            return value.lastYearFigure() == null ? "【" + entry.name() + "无上年数据】" : value.lastYearFigure();
        }
        if ("target".equals(aspect)) {
            return entry.targetText() == null ? "【" + entry.name() + "未设目标】" : entry.targetText();
        }
        return value.known() ? value.figure() : "【" + entry.name() + "暂无数据】";
    }
}
