package org.fazhi.files;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A generated official document (公文): the docx kept as an attachment with its SHA-256, and its PDF once made.
 *
 * @param number          发文字号 as printed, or {@code null} for an unnumbered document
 * @param pdfAttachmentId the PDF's attachment, or {@code null} until first requested
 */
public record OfficialDocument(long id, String countyCode, long unitId, String docType, String template, String title,
                               String number, LocalDate documentDate, long attachmentId, String sha256,
                               Long pdfAttachmentId, String ownerModule, String ownerType, String ownerId,
                               String generatedBy, Instant generatedAt) {
}
