package org.fazhi.tasks;

/** State of a supervision item (督办事项状态), after O1's 督办 engine. */
public enum ItemState {
    ASSIGNED("已交办待接收"),
    IN_PROGRESS("办理中"),
    PAUSED("已暂停"),
    COMPLETION_REQUESTED("办结申请中"),
    CLOSED("已办结"),
    WITHDRAWN("已撤销");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the item still owes work (its deadline is watched). */
    public boolean open() {
        return this == ASSIGNED || this == IN_PROGRESS || this == COMPLETION_REQUESTED;
    }
}
