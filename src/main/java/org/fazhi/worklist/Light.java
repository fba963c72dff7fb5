package org.fazhi.worklist;

/** A to-do item's deadline light (期限灯). */
public enum Light {
    /** 逾期: the last day has passed. */
    RED("red"),
    /** 临期: no more than the configured number of working days remain (default 3). */
    YELLOW("yellow"),
    /** 正常: more working days remain. */
    GREEN("green"),
    /** 已办结: the item is done. */
    GREY("grey");

    private final String css;

    Light(String css) {
        this.css = css;
    }

    /** The {@code fz-light} colour class. */
    public String css() {
        return css;
    }
}
