package org.fazhi.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An information-processing fee notice and its payment (信息处理费收费通知与缴纳). */
public record FeeRecord(long id, long requestId, FeeScale.Method method, int quantity, BigDecimal amount,
                        String calculation, LocalDate noticeOn, LocalDate payDue, @Nullable LocalDate paidOn,
                        String status) {

    public String statusLabel() {
        return switch (status) {
            case "PAID" -> "已缴纳";
            case "UNPAID" -> "逾期未缴纳";
            default -> "已通知，待缴纳";
        };
    }
}
