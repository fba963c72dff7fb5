package org.fazhi.calendar;

/** What kind of day a date is (日期类型) under the official holiday schedule. */
public enum DayKind {
    /** 工作日: Monday to Friday not declared a holiday. */
    WORKDAY("工作日", true),
    /** 周末: Saturday or Sunday not declared a make-up working day. */
    WEEKEND("周末休息", false),
    /** 法定节假日放假: a day off declared by the annual notice. */
    HOLIDAY("法定节假日", false),
    /** 调休上班日: a weekend day the annual notice turns into a working day; it counts as a working day. */
    MAKEUP_WORKDAY("调休上班", true);

    private final String label;
    private final boolean working;

    DayKind(String label, boolean working) {
        this.label = label;
        this.working = working;
    }

    /** Chinese label shown to users. */
    public String label() {
        return label;
    }

    /** Whether work is done on such a day (工作日与调休上班日). */
    public boolean working() {
        return working;
    }
}
