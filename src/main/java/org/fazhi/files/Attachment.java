package org.fazhi.files;

import java.time.Instant;

/**
 * A stored attachment (附件): one upload of some content, owned by a unit and optionally by a business object.
 *
 * @param id           attachment id
 * @param countyCode   county (tenant)
 * @param unitId       owning unit
 * @param ownerModule  module of the owning object (e.g. {@code reconsideration}), or {@code null}
 * @param ownerType    type of the owning object (e.g. {@code recon_case}), or {@code null}
 * @param ownerId      id of the owning object, or {@code null}
 * @param originalName file name as uploaded
 * @param fileType     type recognised from extension and content
 * @param size         size in bytes
 * @param sha256       SHA-256 of the content, lower-case hex
 * @param uploadedBy   username
 * @param uploadedAt   when it was uploaded
 */
public record Attachment(long id, String countyCode, long unitId, String ownerModule, String ownerType, String ownerId,
                         String originalName, FileType fileType, long size, String sha256, String uploadedBy,
                         Instant uploadedAt) {

    public String mediaType() {
        return fileType.mediaType();
    }

    /** Size for people, e.g. {@code 1.2 MB}. */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format("%.1f KB", size / 1024.0);
        }
        return String.format("%.1f MB", size / 1024.0 / 1024.0);
    }
}
