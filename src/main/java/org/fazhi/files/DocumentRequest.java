package org.fazhi.files;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an official document should say (公文生成请求). Only {@code unitId}, {@code docType}, {@code title} and the body
 * are needed for the built-in {@code official-letter}; module templates add their own {@code fields}.
 *
 * @param unitId       issuing unit (发文机关); its county is the document's county
 * @param docType      document type code ({@link DocumentType}), which also selects the number's 代字
 * @param template     template name under {@code doc-templates/}, default {@code official-letter}
 * @param title        标题
 * @param recipient    主送机关, e.g. 各乡镇人民政府，县政府各部门 (the full-width colon is added); may be empty
 * @param paragraphs   正文, one entry per paragraph
 * @param issuerMark   发文机关标志; default the unit's name followed by 文件
 * @param signature    发文机关署名; default the unit's name
 * @param documentDate 成文日期; default today
 * @param numbered     whether to take a 发文字号 from {@link DocumentNumbers}
 * @param ownerModule  module of the business object the document belongs to, or {@code null}
 * @param ownerType    its type, or {@code null}
 * @param ownerId      its id, or {@code null}
 * @param fields       further template fields (poi-tl tags), may be empty
 */
public record DocumentRequest(long unitId, String docType, String template, String title, String recipient,
                             List<String> paragraphs, String issuerMark, String signature, LocalDate documentDate,
                             boolean numbered, String ownerModule, String ownerType, String ownerId,
                             Map<String, Object> fields) {

    public static final String OFFICIAL_LETTER = "official-letter";

    public DocumentRequest {
        template = template == null || template.isBlank() ? OFFICIAL_LETTER : template;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A numbered 通用公文 on the built-in template, dated today. */
    public static DocumentRequest letter(long unitId, String docType, String title, String recipient, List<String> paragraphs) {
        return new DocumentRequest(unitId, docType, OFFICIAL_LETTER, title, recipient, paragraphs, null, null, null,
                true, null, null, null, Map.of());
    }

    /** The same request for a business object, e.g. {@code ownedBy("reconsideration", "recon_case", "42")}. */
    public DocumentRequest ownedBy(String module, String type, String id) {
        return new DocumentRequest(unitId, docType, template, title, recipient, paragraphs, issuerMark, signature,
                documentDate, numbered, module, type, id, fields);
    }

    /** The same request with another 成文日期. */
    public DocumentRequest datedOn(LocalDate date) {
        return new DocumentRequest(unitId, docType, template, title, recipient, paragraphs, issuerMark, signature,
                date, numbered, ownerModule, ownerType, ownerId, fields);
    }

    /** The same request without a 发文字号. */
    public DocumentRequest unnumbered() {
        return new DocumentRequest(unitId, docType, template, title, recipient, paragraphs, issuerMark, signature,
                documentDate, false, ownerModule, ownerType, ownerId, fields);
    }
}
