package org.fazhi.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fazhi.indicators.CatalogEntry;
import org.fazhi.indicators.IndicatorFamily;
import org.fazhi.indicators.IndicatorValue;

/**
 * The first draft of a report (报告初稿): the required chapters, with every indicator that has a value for the year
 * written into the chapter it belongs to as a live reference, family by family, so that staff start from the figures
 * and write the narrative around them.
 */
final class ReportDraft {

    /** Families the seed reports put under the principal leaders' duties (第一责任人职责) rather than under 举措和成效. */
    static final Set<IndicatorFamily> LEADERS_CHAPTER = Set.of(IndicatorFamily.LAW_STUDY, IndicatorFamily.MEETINGS,
            IndicatorFamily.REPORTING_ON_LAW);

    /** Families the legality-review chapter (合法性审查工作情况) carries when the report has one. */
    static final Set<IndicatorFamily> LEGALITY_CHAPTER = Set.of(IndicatorFamily.LEGALITY_REVIEW,
            IndicatorFamily.LEGAL_ADVISERS);

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private ReportDraft() {
    }

    /**
     * The required chapter headings (督察规定 content list), for the report year; with {@code legality}, a chapter on
     * legality review (合法性审查工作情况) before the last, where the year's plan asks for one.
     */
    static List<String> headings(int year, boolean legality) {
        List<String> headings = new ArrayList<>(List.of(
                "一、" + year + "年度推进法治政府建设的主要举措和成效",
                "二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                "三、" + year + "年度推进法治政府建设存在的不足和原因",
                "四、" + (year + 1) + "年度推进法治政府建设的主要安排"));
        if (legality) {
            headings.add("五、" + year + "年度合法性审查工作情况");
        }
        headings.add((legality ? "六" : "五") + "、其他需要报告的情况");
        return headings;
    }

    /** Bodies of the five chapters: figures for chapters one and two, empty for staff to write the rest. */
    static List<String> bodies(List<CatalogEntry> entries, Map<String, IndicatorValue> values, boolean legality) {
        Map<IndicatorFamily, List<String>> byFamily = new EnumMap<>(IndicatorFamily.class);
        for (CatalogEntry entry : entries) {
            IndicatorValue value = values.get(entry.code());
            if (value == null || !value.known()) {
                continue;
            }
            String phrase = entry.name() + "{{" + entry.code() + "}}";
            if (value.changeText() != null && value.lastYear() != null) {
                phrase += "，{{" + entry.code() + ":change}}";
            }
            byFamily.computeIfAbsent(entry.definition().family(), f -> new ArrayList<>()).add(phrase);
        }
        StringBuilder measures = new StringBuilder();
        StringBuilder leaders = new StringBuilder();
        StringBuilder review = new StringBuilder();
        int m = 0;
        int l = 0;
        for (Map.Entry<IndicatorFamily, List<String>> family : byFamily.entrySet()) {
            if (legality && LEGALITY_CHAPTER.contains(family.getKey())) {
                review.append(String.join("；", family.getValue())).append("。\n");
                continue;
            }
            boolean leader = LEADERS_CHAPTER.contains(family.getKey());
            StringBuilder target = leader ? leaders : measures;
            int n = leader ? l++ : m++;
            target.append("（").append(ORDINALS[Math.min(n, ORDINALS.length - 1)]).append("）")
                    .append(family.getKey().label()).append("。")
                    .append(String.join("；", family.getValue())).append("。\n");
        }
        List<String> bodies = new ArrayList<>(List.of(measures.toString().strip(), leaders.toString().strip(), "", ""));
        if (legality) {
            bodies.add(review.toString().strip());
        }
        bodies.add("");
        return bodies;
    }
}
