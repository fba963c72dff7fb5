package org.fazhi.tasks;

/** Kinds of entries in an item's history (办理记录类型). */
enum EventKind {
    CREATED("交办"),
    ACCEPTED("接收"),
    FEEDBACK("进展反馈"),
    TARGET_REPORTED("目标完成情况填报"),
    URGED("催办"),
    EXTENSION_REQUESTED("延期申请"),
    EXTENDED("同意延期"),
    PAUSE_REQUESTED("暂停申请"),
    PAUSED("同意暂停"),
    RESUMED("恢复办理"),
    COMPLETION_REQUESTED("办结申请"),
    CLOSED("审核办结"),
    RETURNED("退回重办"),
    REQUEST_REJECTED("不同意申请"),
    SATISFACTION("提出人满意度"),
    CHILD_CREATED("分解子事项");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static String label(String name) {
        try {
            return valueOf(name).label;
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
