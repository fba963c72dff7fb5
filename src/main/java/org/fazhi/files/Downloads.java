package org.fazhi.files;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * An attachment as an HTTP download (附件下载): its media type, its Chinese file name (RFC 6266 {@code filename*}), its
 * size, and its SHA-256 as ETag and {@code X-Content-SHA256}, so a recipient can check the file is the one stored.
 */
final class Downloads {

    static final String SHA256_HEADER = "X-Content-SHA256";

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> of(Attachment attachment, Attachments attachments) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.originalName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + attachment.sha256() + "\"")
                .header(SHA256_HEADER, attachment.sha256())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(attachments.open(attachment)));
    }
}
