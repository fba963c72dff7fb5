package org.fazhi.reconsideration;

import org.fazhi.files.Attachment;
import org.fazhi.files.Attachments;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Downloads of a case's documents and materials. The caller has already checked that the reader may see the case
 * (scope, or number and verification code on the portal); the file is then read county-wide, because the document
 * belongs to the county government and the material may have come from the applicant.
 */
@Component
class CaseDownloads {

    private final Attachments attachments;
    private final OfficialDocuments documents;
    private final CaseStore store;
    private final ApplicationEventPublisher events;

    CaseDownloads(Attachments attachments, OfficialDocuments documents, CaseStore store,
                  ApplicationEventPublisher events) {
        this.attachments = attachments;
        this.documents = documents;
        this.store = store;
        this.events = events;
    }

    /**
     * A list export as CSV, recorded in the audit trail first (who exported how many rows of which list): exports
     * take personal data out of the platform.
     */
    ResponseEntity<byte[]> exportCsv(CurrentUser user, String objectType, String listName, int rows,
                                     StringBuilder content) {
        events.publishEvent(new ReconsiderationDataExported(user.countyCode(), user.username(), objectType, listName,
                rows));
        return csv(listName + ".csv", content);
    }

    ResponseEntity<InputStreamResource> document(ReconCase c, long docRowId, boolean pdf) {
        CaseView.Doc doc = store.documents(c.id()).stream().filter(d -> d.id() == docRowId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("文书不存在"));
        Attachment file = pdf ? documents.pdf(doc.documentId(), Offices.county(c.countyCode()))
                : attachments.get(doc.attachmentId(), Offices.county(c.countyCode()));
        return of(file);
    }

    ResponseEntity<InputStreamResource> material(ReconCase c, long materialId) {
        CaseView.Material m = store.materials(c.id()).stream().filter(x -> x.id() == materialId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("材料不存在"));
        return of(attachments.get(m.attachmentId(), Offices.county(c.countyCode())));
    }

    private ResponseEntity<InputStreamResource> of(Attachment a) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", a.sha256())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new InputStreamResource(attachments.open(a)));
    }

    /** A CSV file Excel opens in Chinese (UTF-8 with BOM). */
    static ResponseEntity<byte[]> csv(String name, StringBuilder content) {
        byte[] body = ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** One CSV cell, quoted; formula-leading characters are neutralised (CSV injection). */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
