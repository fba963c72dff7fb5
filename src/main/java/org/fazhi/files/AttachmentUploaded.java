package org.fazhi.files;

import org.fazhi.shared.AuditableEvent;

/**
 * An attachment was stored (附件已上传). {@code deduplicated} tells that identical content was already stored.
 */
public record AttachmentUploaded(String countyCode, String actor, long attachmentId, long unitId, String originalName,
                                 String sha256, long size, boolean deduplicated) implements AuditableEvent {

    @Override
    public String action() {
        return "files.attachment.uploaded";
    }

    @Override
    public String objectType() {
        return "files_attachment";
    }

    @Override
    public String objectId() {
        return Long.toString(attachmentId);
    }

    @Override
    public String summary() {
        return "上传附件“" + originalName + "”（" + size + " 字节，SHA-256 " + sha256 + (deduplicated ? "，内容已存在" : "") + "）";
    }
}
