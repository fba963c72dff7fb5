package org.fazhi.normdocs;

import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorRecord;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.IndicatorSource;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.review.ReviewFigures;
import org.fazhi.review.ReviewKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indicators of the legality-review chapter (合法性审查指标): 审查件数 in all and by kind, 意见条数, 采纳率. The figures come
 * from the kernel module {@code review} ({@link ReviewFigures}); they are reported from here because {@code review}, a
 * kernel module, may not depend on {@code indicators}.
 */
@Component
class ReviewIndicators implements IndicatorSource {

    static final String TOTAL = "RV_REQUESTS";
    static final String OPINIONS = "RV_OPINIONS";
    static final String ADOPTION = "RV_ADOPTION_RATE";

    private final ReviewFigures figures;

    ReviewIndicators(ReviewFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> list = new ArrayList<>();
        list.add(IndicatorDefinition.count(TOTAL, "合法性审查件数", IndicatorFamily.LEGALITY_REVIEW, "件",
                "统计期内司法行政部门收件的合法性审查（审核）事项件数（按收件日期，不含撤回）", "《优化营商环境条例》第六十三条"));
        for (ReviewKind kind : ReviewKind.values()) {
            list.add(IndicatorDefinition.count(kindCode(kind), kind.label() + "合法性审查件数", IndicatorFamily.LEGALITY_REVIEW,
                    "件", "统计期内收件的" + kind.label() + "合法性审查事项件数（按收件日期，不含撤回）", null));
        }
        list.add(IndicatorDefinition.count(OPINIONS, "提出审查意见条数", IndicatorFamily.LEGALITY_REVIEW, "条",
                "统计期内办结的审查事项中提出的审查意见条数（按办结日期）", null));
        list.add(IndicatorDefinition.rate(ADOPTION, "审查意见采纳率", IndicatorFamily.LEGALITY_REVIEW,
                "已反馈的审查意见中采纳和部分采纳的条数", "统计期内办结事项中起草单位已反馈采纳情况的意见条数",
                "部分采纳计入采纳", null));
        return list;
    }

    static String kindCode(ReviewKind kind) {
        return "RV_REQUESTS_" + kind.name();
    }

    @Override
    public IndicatorCount count(String code, IndicatorScope scope, ReportingPeriod period) {
        if (TOTAL.equals(code) || code.startsWith("RV_REQUESTS_")) {
            Map<ReviewKind, Long> byKind = figures.requestsByKind(scope.filter(), period.from(), period.to());
            if (TOTAL.equals(code)) {
                return IndicatorCount.of(byKind.values().stream().mapToLong(Long::longValue).sum());
            }
            return IndicatorCount.of(byKind.get(kindOf(code)));
        }
        if (OPINIONS.equals(code)) {
            return IndicatorCount.of(figures.opinions(scope.filter(), period.from(), period.to()));
        }
        if (ADOPTION.equals(code)) {
            long[] r = figures.responses(scope.filter(), period.from(), period.to());
            return IndicatorCount.rate(r[0] + r[1], r[0] + r[1] + r[2]);
        }
        throw new IllegalArgumentException("not a review indicator: " + code);
    }

    @Override
    public List<IndicatorRecord> records(String code, IndicatorScope scope, ReportingPeriod period,
                                         IndicatorRecord.Part part, int limit) {
        List<ReviewFigures.Row> rows;
        if (TOTAL.equals(code) || code.startsWith("RV_REQUESTS_")) {
            rows = figures.requestRows(scope.filter(), period.from(), period.to(),
                    TOTAL.equals(code) ? null : kindOf(code), limit);
        } else if (OPINIONS.equals(code)) {
            rows = figures.opinionRows(scope.filter(), period.from(), period.to(), false, false, limit);
        } else if (ADOPTION.equals(code)) {
            rows = figures.opinionRows(scope.filter(), period.from(), period.to(), true,
                    part == IndicatorRecord.Part.NUMERATOR, limit);
        } else {
            throw new IllegalArgumentException("not a review indicator: " + code);
        }
        return rows.stream().map(r -> new IndicatorRecord("合法性审查", Long.toString(r.requestId()),
                r.title() + "（" + r.detail() + "）", r.date(), r.unitName(), "/review/requests/" + r.requestId(), part)).toList();
    }

    private static ReviewKind kindOf(String code) {
        return ReviewKind.valueOf(code.substring("RV_REQUESTS_".length()));
    }
}
