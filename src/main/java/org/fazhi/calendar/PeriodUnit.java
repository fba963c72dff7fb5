package org.fazhi.calendar;

/** The unit a statutory period is counted in (期间单位). */
public enum PeriodUnit {
    /**
     * 工作日: weekends and statutory holidays are skipped, official make-up working days count
     * (《中华人民共和国行政复议法》第八十八条第二款，《中华人民共和国行政处罚法》第八十五条，《中华人民共和国行政许可法》第八十二条).
     */
    WORKING_DAYS("个工作日", "工作日"),
    /**
     * 日 (自然日): holidays inside the period are not deducted; a last day on a rest day rolls forward to the next working
     * day (《中华人民共和国民事诉讼法》第八十五条).
     */
    CALENDAR_DAYS("日", "日（自然日）"),
    /** 月: ends on the same day of the month, or at month end, then rolls forward (《中华人民共和国民法典》第二百零二条). */
    MONTHS("个月", "月");

    private final String suffix;
    private final String label;

    PeriodUnit(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    /** How an amount is written, e.g. {@code 5 个工作日}. */
    public String format(int amount) {
        return amount + " " + suffix;
    }

    /** Name of the unit for selection lists. */
    public String label() {
        return label;
    }
}
