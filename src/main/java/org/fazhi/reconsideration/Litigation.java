package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** An administrative lawsuit against a unit of the county (行政应诉案件), see {@code recon_litigation}. */
public record Litigation(long id, String countyCode, long unitId, String unitName, String courtCaseNumber, String court,
                         String instance, String category, String plaintiff, String claim,
                         @Nullable Long reconCaseId, @Nullable String reconCaseNumber, LocalDate complaintServedOn,
                         LocalDate defenceDue, @Nullable LocalDate defenceFiledOn, @Nullable LocalDate hearingOn,
                         @Nullable String headAppeared, @Nullable String headName, @Nullable Boolean headSpoke,
                         @Nullable String outcome, @Nullable LocalDate outcomeOn, @Nullable String lostAnalysis,
                         String status) {

    public String instanceLabel() {
        return switch (instance) {
            case "FIRST" -> "一审";
            case "SECOND" -> "二审";
            default -> "再审";
        };
    }

    public String outcomeLabel() {
        return outcome == null ? "" : Outcome.valueOf(outcome).label();
    }

    public String headLabel() {
        if (headAppeared == null) {
            return "";
        }
        return switch (headAppeared) {
            case "PRINCIPAL" -> "正职出庭";
            case "DEPUTY" -> "副职出庭";
            default -> "负责人未出庭";
        };
    }

    /** 裁判结果; the LOST_* kinds are 败诉. */
    public enum Outcome {
        WON("胜诉（驳回诉讼请求）"), WITHDRAWN("原告撤诉"), MEDIATED("调解结案"), LOST_REVOKED("败诉：判决撤销"),
        LOST_ILLEGAL("败诉：确认违法"), LOST_PERFORM("败诉：责令履行"), LOST_VARIED("败诉：判决变更"),
        LOST_VOID("败诉：确认无效"), LOST_COMPENSATION("败诉：判决赔偿");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean lost() {
            return name().startsWith("LOST_");
        }
    }

    /** A 司法建议 or 检察建议 and its reply (建议办复). */
    public record Suggestion(long id, long unitId, String unitName, @Nullable Long litigationId, String kind,
                             String issuer, String numberText, String content, LocalDate receivedOn, LocalDate replyDue,
                             @Nullable LocalDate repliedOn, @Nullable String reply) {
        public String kindLabel() {
            return "JUDICIAL".equals(kind) ? "司法建议" : "检察建议";
        }

        /**
         * The deadline light of the reply (红黄绿灯): grey once answered, red after the reply date stated in the letter,
         * yellow up to {@code yellowUntil} (the last day leaving at most three working days), green otherwise.
         */
        public String light(LocalDate today, LocalDate yellowUntil) {
            if (repliedOn != null) {
                return "grey";
            }
            return replyDue.isBefore(today) ? "red" : replyDue.isAfter(yellowUntil) ? "green" : "yellow";
        }
    }
}
