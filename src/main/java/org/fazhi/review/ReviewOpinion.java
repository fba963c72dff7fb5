package org.fazhi.review;

import org.jspecify.annotations.Nullable;

/** One numbered opinion (第n条审查意见) and the drafter's answer to it. */
public record ReviewOpinion(long id, long requestId, int seq, @Nullable String quotedText, String opinion,
                            @Nullable String basis, @Nullable Response response, @Nullable String responseReason,
                            @Nullable String respondedBy) {

    /** 采纳情况. */
    public enum Response {
        ADOPTED("采纳"), PARTLY_ADOPTED("部分采纳"), NOT_ADOPTED("不采纳");

        private final String label;

        Response(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String responseLabel() {
        return response == null ? "待反馈" : response.label();
    }
}
