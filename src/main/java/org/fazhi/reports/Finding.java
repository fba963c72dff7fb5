package org.fazhi.reports;

/**
 * A consistency finding (一致性问题) of an annual report, naming the sentence it is about.
 *
 * @param kind       {@code MISSING} 无数据, {@code WORDING} 约数与准确数, {@code PART_WHOLE} 分项与总数,
 *                   {@code RATE_COUNT} 比率与件数, {@code YEAR_ON_YEAR} 同比与上年
 * @param kindLabel  the kind in Chinese
 * @param section    chapter number, from 1
 * @param heading    chapter heading
 * @param sentenceNo sentence number within the chapter, from 1
 * @param sentence   the sentence as it will be printed
 * @param message    what is wrong, in Chinese, with the figures that show it
 */
public record Finding(String kind, String kindLabel, int section, String heading, int sentenceNo, String sentence,
                      String message) {
}
