package org.fazhi.reconsideration;

import org.fazhi.files.DocumentRequest;
import org.fazhi.files.DocumentTypes;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CountySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Issues a case's official documents (制作并送达文书): numbered by the county government (行政复议机关, 第四条), kept by
 * {@code files} with their hash, linked to the case, and recorded as served when the step says how.
 */
@Component
@Order(25)
class CaseDocuments implements ApplicationRunner {

    private final OfficialDocuments documents;
    private final DocumentTypes types;
    private final CaseStore store;
    private final Offices offices;
    private final CountySettings county;

    CaseDocuments(OfficialDocuments documents, DocumentTypes types, CaseStore store, Offices offices,
                  CountySettings county) {
        this.documents = documents;
        this.types = types;
        this.store = store;
        this.offices = offices;
        this.county = county;
    }

    /** Declares the document types on start, before the demo data (order 30) and the first request need them. */
    @Override
    public void run(ApplicationArguments args) {
        declare();
    }

    void declare() {
        types.declare("recon-case", "行政复议案号", "复");
        for (DocKind kind : DocKind.values()) {
            types.declare(kind.code(), kind.title(), kind.suffix());
        }
    }

    /**
     * Generates the document dated {@code date} and, when {@code method} is given, records that {@code recipient}
     * received it that day.
     */
    long issue(ReconCase c, DocKind kind, String recipient, List<String> paragraphs, LocalDate date,
               @Nullable ServiceMethod method, @Nullable String proof, String actor) {
        long issuer = offices.authority(c.countyCode());
        OfficialDocument doc = documents.generate(DocumentRequest.letter(issuer, kind.code(), kind.title(), recipient,
                        paragraphs).datedOn(date).ownedBy(CaseClocks.MODULE, "recon_case", Long.toString(c.id())));
        long id = store.addDocument(c.countyCode(), c.id(), kind.name(), doc.id(), doc.attachmentId(), doc.title(),
                doc.number(), date);
        if (method != null) {
            store.addService(c.countyCode(), c.id(), id, recipient, method, date, proofOr(proof, method), actor);
        }
        return id;
    }

    static String proofOr(@Nullable String proof, ServiceMethod method) {
        if (proof != null && !proof.isBlank()) {
            return proof.strip().length() > 500 ? proof.strip().substring(0, 500) : proof.strip();
        }
        return switch (method) {
            case ELECTRONIC -> "经申请人同意，通过门户电子送达，送达记录留存系统";
            case POST -> "邮寄送达，以回执上注明的收件日期为送达日期";
            case PUBLIC -> "公告送达";
            default -> "送达回证";
        };
    }

    String governmentName() {
        return county.governmentName();
    }
}
