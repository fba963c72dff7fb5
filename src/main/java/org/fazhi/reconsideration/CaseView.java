package org.fazhi.reconsideration;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the case page and the API show of one case (案件详情): the case, its parties, timeline, clocks with their
 * lights, stopped intervals, documents with their service records, materials, opinions and the steps now allowed.
 */
public record CaseView(ReconCase c, String respondentName, String officeName, List<Party> parties, List<Step> steps,
                       List<ClockView> clocks, List<Stop> stops, List<DocView> documents, List<Material> materials,
                       List<Opinion> opinions, List<CaseAction> allowed) {

    /** A party as stored. */
    public record Party(long id, String role, String kind, String name, @Nullable String idNumber,
                        @Nullable String phone, @Nullable String address) {
        public String roleLabel() {
            return switch (role) {
                case "APPLICANT" -> "申请人";
                case "THIRD_PARTY" -> "第三人";
                default -> "代理人";
            };
        }

        /** 身份证号 masked for lists and pages (DESIGN §7). */
        public String maskedId() {
            if (idNumber == null || idNumber.length() < 8) {
                return idNumber == null ? "" : idNumber;
            }
            return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
        }

        public String maskedPhone() {
            if (phone == null || phone.length() < 7) {
                return phone == null ? "" : phone;
            }
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
    }

    /** A timeline entry (办理过程). */
    public record Step(long id, String action, LocalDate onDate, String summary, String actor) {
        public String label() {
            if ("REGISTER".equals(action)) {
                return "登记申请";
            }
            if ("SERVE".equals(action)) {
                return "送达";
            }
            if ("OPINION_FEEDBACK".equals(action)) {
                return "意见书整改反馈";
            }
            if ("PUBLISH".equals(action)) {
                return "决定书公开";
            }
            try {
                return CaseAction.valueOf(action).label();
            } catch (IllegalArgumentException e) {
                return action;
            }
        }
    }

    /** A stored clock. */
    public record ClockRow(long id, String kind, long unitId, LocalDate startOn, LocalDate due, String citation,
                           String explanation, String status, @Nullable LocalDate closedOn) {
    }

    /** A clock as shown: its name, light (red/yellow/green/grey) and status in Chinese. */
    public record ClockView(ClockRow row, String label, String light, String statusLabel) {
    }

    /** A stopped interval (补正、中止). */
    public record Stop(long id, String kind, LocalDate fromOn, @Nullable LocalDate toOn, String reason) {
        public String kindLabel() {
            return "CURE".equals(kind) ? "补正" : "中止";
        }

        /** The reason without the ground's code ({@code RELATED_CASE：…}). */
        public String reasonText() {
            int colon = reason.indexOf('：');
            return colon > 0 && reason.substring(0, colon).matches("[A-Z_]+") ? reason.substring(colon + 1) : reason;
        }
    }

    /** A case document. */
    public record Doc(long id, String kind, long documentId, long attachmentId, String title,
                      @Nullable String numberText, LocalDate documentDate) {
    }

    /** A document with its service records. */
    public record DocView(Doc doc, List<Service> services) {
    }

    /** A service record (送达记录). */
    public record Service(long id, long documentId, String recipient, String method, LocalDate servedOn, String proof) {
        public String methodLabel() {
            return ServiceMethod.valueOf(method).label();
        }
    }

    /** A material submitted to the case. */
    public record Material(long id, long attachmentId, String source, String name) {
        public String sourceLabel() {
            return switch (source) {
                case "APPLICANT" -> "申请人";
                case "RESPONDENT" -> "被申请人";
                default -> "复议机构";
            };
        }
    }

    /** A 行政复议意见书 and its feedback. */
    public record Opinion(long id, long unitId, String content, LocalDate servedOn, LocalDate due,
                          @Nullable LocalDate feedbackOn, @Nullable String feedback) {
    }

    /** A decision published on the portal (门户公开的决定书), its text already without personal data. */
    public record Published(long id, String number, String actTitle, @Nullable LocalDate decidedOn, String decisionType,
                            @Nullable String publishedText) {
        public String typeLabel() {
            return DecisionType.valueOf(decisionType).label();
        }
    }
}
