package org.fazhi.calendar;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The State Council General Office's holiday arrangement for one year (国务院办公厅关于某年部分节假日安排的通知), possibly
 * with supplementary notices (e.g. the 2020 extension of the Spring Festival).
 *
 * @param year   the year of the notice's title; its entries may include the end of the previous year
 * @param papers the published notices; empty means the year is <em>unknown</em> (not yet published or entered)
 * @param days   the days off and make-up working days it names
 */
record HolidayNotice(int year, List<Paper> papers, List<HolidayEntry> days) {

    HolidayNotice {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /** Whether the notice has been published (a year with no source paper is unknown). */
    boolean published() {
        return !papers.isEmpty();
    }

    /** One source document of a notice (通知原文). */
    record Paper(String url, @Nullable String title) {
    }
}
