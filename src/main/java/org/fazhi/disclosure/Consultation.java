package org.fazhi.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A written consultation (书面征求意见) of a third party (第三十二条) or of a co-maker agency (第三十四条). The time it takes
 * is not counted in the reply period (第三十三条第三款).
 */
public record Consultation(long id, long requestId, Kind kind, String party, LocalDate sentOn, LocalDate partyReceivedOn,
                           LocalDate due, @Nullable LocalDate answeredOn, @Nullable Result result,
                           @Nullable String opinion) {

    public enum Kind {
        THIRD_PARTY("第三方", "第三方提出意见期限（第三十二条）"),
        CO_MAKER("共同制作机关", "共同制作机关提出意见期限（第三十四条）");

        private final String label;
        private final String deadlineLabel;

        Kind(String label, String deadlineLabel) {
            this.label = label;
            this.deadlineLabel = deadlineLabel;
        }

        public String label() {
            return label;
        }

        public String deadlineLabel() {
            return deadlineLabel;
        }
    }

    public enum Result {
        CONSENT("同意公开"),
        OBJECT("不同意公开"),
        /** 第三方逾期未提出意见：由行政机关依照条例规定决定（第三十二条）. */
        NO_REPLY("逾期未提出意见，由本机关依法决定"),
        /** 共同制作机关逾期未提出意见：视为同意公开（第三十四条）. */
        DEEMED_CONSENT("逾期未提出意见，视为同意公开");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean open() {
        return answeredOn == null;
    }
}
