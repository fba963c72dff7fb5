package org.fazhi.disclosure;

/** Where a request stands (办理状态). */
public enum RequestStatus {
    /** 网上申请待确认收到（第三十一条第（三）项：以双方确认之日为收到申请之日）. */
    SUBMITTED("待确认收到", false),
    PROCESSING("办理中", false),
    /** 已一次性告知补正，等待申请人补正（第三十条）. */
    AWAITING_CURE("待补正", false),
    /** 已发出收费通知，等待缴费（第四十二条）. */
    AWAITING_FEE("待缴费", false),
    ANSWERED("已答复", true),
    /** 终止处理：逾期不补正、逾期未缴费或其他. */
    CLOSED("已终止", true);

    private final String label;
    private final boolean concluded;

    RequestStatus(String label, boolean concluded) {
        this.label = label;
        this.concluded = concluded;
    }

    public String label() {
        return label;
    }

    public boolean concluded() {
        return concluded;
    }
}
