package org.fazhi.indicators;

import java.math.BigDecimal;

/** How a target is stated (目标表述): 达到 100%, 不低于 90%, ≥ 95%, ≤ 5%. */
public enum TargetOperator {
    AT_LEAST("≥"),
    REACH("达到"),
    NOT_BELOW("不低于"),
    AT_MOST("≤");

    private final String word;

    TargetOperator(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** 达到, 不低于 and ≥ all mean value ≥ target; ≤ means value ≤ target. */
    public boolean met(BigDecimal value, BigDecimal target) {
        return this == AT_MOST ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
    }
}
