package org.fazhi.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A letter sent for a request (答复书、告知书、征求意见书 …) and its service (送达). */
public record Letter(long id, long requestId, String kind, long documentId, String title, @Nullable String number,
                     LocalDate issuedOn, boolean publicLetter, @Nullable LocalDate servedOn,
                     @Nullable String serviceMethod, @Nullable String serviceNote) {

    public String kindLabel() {
        return LetterKind.valueOf(kind).label();
    }

    public String serviceLabel() {
        if (serviceMethod == null) {
            return "未送达";
        }
        return switch (serviceMethod) {
            case "DIRECT" -> "直接送达";
            case "POST" -> "邮寄送达";
            case "ELECTRONIC" -> "电子送达";
            default -> "网上告知";
        };
    }
}
