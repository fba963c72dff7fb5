package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.files.Attachment;
import org.fazhi.files.AttachmentUpload;
import org.fazhi.files.Attachments;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-process record items entered by hand on a decision's page (执法全过程记录, 《中华人民共和国行政处罚法》第四十七条:
 * 行政机关应当依法以文字、音像等形式，对行政处罚的启动、调查取证、审核、决定、送达、执行等进行全过程记录，归档保存).
 * A text record (笔录, 文书扫描件) can be uploaded: the files module keeps it and computes its SHA-256. Audio and video
 * stay in the department's own storage and are listed by their location and hash, as the batch API lists them.
 */
@Service
class RecordItems {

    private final JdbcClient jdbc;
    private final RecordQueries records;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    RecordItems(JdbcClient jdbc, RecordQueries records, Attachments attachments, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.records = records;
        this.attachments = attachments;
        this.events = events;
    }

    /**
     * Adds one item. With a file, the file is stored and its hash, size and download location are the item's; without,
     * {@code uri} and {@code sha256} are required.
     */
    @Transactional
    public void add(long recordId, @Nullable String stage, @Nullable String media, @Nullable String title,
                    @Nullable OffsetDateTime recordedAt, @Nullable String uri, @Nullable String sha256, @Nullable Long size,
                    @Nullable String fileName, @Nullable InputStream file, CurrentUser user) {
        RecordQueries.Detail d = records.detail(recordId, user.filter());
        if (d.items().size() >= 200) {
            throw BusinessException.conflict("全过程记录每件最多 200 条");
        }
        Attachment stored = null;
        if (file != null && fileName != null && !fileName.isBlank()) {
            // check the metadata before storing anything
            check(new RecordInput.ProcessItem(stage, media, title, recordedAt, "-", "0".repeat(64), null));
            stored = attachments.store(AttachmentUpload.of(d.countyCode(), d.unitId(), fileName, user.username())
                    .ownedBy(Publicity.MODULE, Publicity.TYPE, Long.toString(recordId)), file);
            uri = "/files/attachments/" + stored.id() + "/download";
            sha256 = stored.sha256();
            size = stored.size();
        }
        RecordInput.ProcessItem item = new RecordInput.ProcessItem(stage, media, title, recordedAt,
                uri == null ? null : uri.trim(), sha256 == null ? null : sha256.trim().toLowerCase(java.util.Locale.ROOT),
                size);
        check(item);
        jdbc.sql("INSERT INTO enf_record_item (county_code, record_id, stage, media, title, recorded_at, storage_uri, sha256, "
                        + "size_bytes, attachment_id, created_by) VALUES (:c, :r, :s, :m, :t, :at, :u, :h, :n, :a, :by)")
                .param("c", d.countyCode()).param("r", recordId).param("s", item.stage()).param("m", item.media())
                .param("t", item.title().trim()).param("at", item.recordedAt()).param("u", item.uri())
                .param("h", item.sha256()).param("n", item.size()).param("a", stored == null ? null : stored.id())
                .param("by", user.username()).update();
        events.publishEvent(new EnforcementChanged(d.countyCode(), user.username(), "enforcement.record.item-added",
                "enf_record", Long.toString(recordId), "执法决定 " + d.decisionNo() + " 登记全过程记录“" + item.title().trim()
                + "”（SHA-256 " + item.sha256() + "）"));
    }

    private static void check(RecordInput.ProcessItem item) {
        List<RecordRules.FieldError> errors = new ArrayList<>();
        RecordRules.checkItems(List.of(item), errors);
        if (!errors.isEmpty()) {
            throw BusinessException.invalid(String.join("；", errors.stream()
                    .map(e -> e.message().replace("第1条全过程记录", "全过程记录")).toList()));
        }
    }
}
