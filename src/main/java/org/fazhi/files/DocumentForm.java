package org.fazhi.files;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The 公文 form of the documents page (公文生成表单); a bean because Spring binds request parameters to it. */
public class DocumentForm {

    private Long unitId;
    private String docType = "notice";
    private String title;
    private String recipient;
    private String body;
    private String signature;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate documentDate;
    private boolean numbered = true;

    /** The request this form asks for: the body's lines become paragraphs. */
    DocumentRequest toRequest(long unit) {
        List<String> paragraphs = body == null ? List.of() : Arrays.asList(body.split("\\R"));
        return new DocumentRequest(unit, docType, DocumentRequest.OFFICIAL_LETTER, title, recipient, paragraphs, null,
                signature, documentDate, numbered, null, null, null, null);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getDocType() {
        return docType;
    }

    public void setDocType(String docType) {
        this.docType = docType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public boolean isNumbered() {
        return numbered;
    }

    public void setNumbered(boolean numbered) {
        this.numbered = numbered;
    }
}
