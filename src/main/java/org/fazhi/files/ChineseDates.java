package org.fazhi.files;

import java.time.LocalDate;

/**
 * The 成文日期 as GB/T 9704-2012 writes it: Arabic numerals, the year in full, month and day without leading zeros
 * (不编虚位), e.g. {@code 2026年11月22日} or {@code 2026年3月1日}.
 *
 * @see 《党政机关公文格式》（GB/T 9704-2012）7.3.5.1
 */
final class ChineseDates {

    private ChineseDates() {
    }

    static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
