package org.fazhi.indicators;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One record behind an indicator's figure (统计明细): what was counted, whose, when, and where to open it.
 *
 * @param kind  kind of record in Chinese (复议案件, 规范性文件, 执法决定 …)
 * @param id    the record's id in its module
 * @param title a line a clerk recognises (case number and applicant, document number and title …)
 * @param date  the date that placed it in the period
 * @param unit  the owning unit's name
 * @param link  the staff page that shows it, relative to the context path
 * @param part  whether it counts in the numerator or the denominator
 */
public record IndicatorRecord(String kind, String id, String title, LocalDate date, @Nullable String unit,
                              @Nullable String link, Part part) {

    /** Which side of the fraction a record counts on. */
    public enum Part {
        NUMERATOR, DENOMINATOR
    }
}
