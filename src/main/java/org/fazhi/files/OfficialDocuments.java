package org.fazhi.files;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Official documents (公文生成): rendered from a docx template laid out per GB/T 9704, numbered on request, stored as an
 * attachment with its SHA-256, and converted to PDF when first asked for. Generation is one transaction: if anything
 * fails the number is not consumed and nothing is recorded.
 *
 * @see 《党政机关公文处理工作条例》第九条
 * @see 《党政机关公文格式》（GB/T 9704-2012）
 */
@Service
public class OfficialDocuments {

    private static final String COLUMNS = "d.id, d.county_code, d.unit_id, d.doc_type, d.template, d.title, d.number_text, "
            + "d.document_date, d.attachment_id, d.sha256, d.pdf_attachment_id, d.owner_module, d.owner_type, d.owner_id, "
            + "d.generated_by, d.generated_at";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final DocumentTypes types;
    private final DocumentNumbers numbers;
    private final Attachments attachments;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficialDocuments(JdbcClient jdbc, OrgDirectory org, DocumentTypes types, DocumentNumbers numbers,
                      Attachments attachments, DocxRenderer docx, PdfRenderer pdf, ApplicationEventPublisher events,
                      Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.types = types;
        this.numbers = numbers;
        this.attachments = attachments;
        this.docx = docx;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** Filters of the document list; {@code null} or blank values are ignored. */
    public record Filter(String keyword, String docType, Integer year, Long unitId) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /**
     * Generates, numbers (if asked) and stores a document. The caller has checked that the unit lies in the user's
     * scope.
     *
     * @throws BusinessException (invalid) for a missing title or body, an unknown type or template, or a unit without 代字
     */
    @Transactional
    public OfficialDocument generate(DocumentRequest request) {
        String title = required(request.title(), "标题", 300);
        List<String> paragraphs = request.paragraphs().stream().map(OfficialDocuments::cleanParagraph)
                .filter(p -> !p.isEmpty()).toList();
        if (paragraphs.isEmpty()) {
            throw BusinessException.invalid("请填写正文");
        }
        DocumentType type = types.require(request.docType());
        OrgDirectory.UnitRef unit = org.unitById(request.unitId())
                .orElseThrow(() -> BusinessException.notFound("发文单位不存在"));
        LocalDate date = request.documentDate() == null ? LocalDate.now(clock) : request.documentDate();
        String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");

        DocumentNumbers.IssuedNumber number = request.numbered()
                ? numbers.next(unit.countyCode(), unit.id(), type.code(), date.getYear()) : null;
        String numberText = number == null ? null : number.number().render();

        Map<String, Object> data = new HashMap<>(request.fields());
        data.put("issuerMark", blankToDefault(request.issuerMark(), unit.name() + "文件"));
        data.put("number", numberText == null ? "" : numberText);
        data.put("title", title);
        data.put("recipient", recipient(request.recipient()));
        data.put("paragraphs", paragraphs.stream().map(p -> Map.of("text", p)).toList());
        data.put("signature", blankToDefault(request.signature(), unit.name()));
        data.put("date", ChineseDates.format(date));
        byte[] content = docx.render(request.template(), data);

        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('files_document', 'id'))").query(Long.class).single();
        AttachmentUpload upload = AttachmentUpload.of(unit.countyCode(), unit.id(), fileName(numberText, title, "docx"), actor)
                .ownedBy("files", "files_document", Long.toString(id));
        Attachment stored = attachments.store(upload, content);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO files_document (id, county_code, unit_id, doc_type, template, title, number_id, number_text,
                            document_date, attachment_id, sha256, owner_module, owner_type, owner_id, generated_by, generated_at,
                            updated_at, updated_by)
                        VALUES (:id, :county, :unit, :type, :template, :title, :numberId, :number, :date, :attachment, :sha,
                            :module, :ownerType, :owner, :by, :at, :at, :by)""")
                .param("id", id).param("county", unit.countyCode()).param("unit", unit.id()).param("type", type.code())
                .param("template", request.template()).param("title", title)
                .param("numberId", number == null ? null : number.id()).param("number", numberText)
                .param("date", date).param("attachment", stored.id()).param("sha", stored.sha256())
                .param("module", request.ownerModule()).param("ownerType", request.ownerType())
                .param("owner", request.ownerId()).param("by", actor).param("at", now)
                .update();
        events.publishEvent(new OfficialDocumentGenerated(unit.countyCode(), actor, id, unit.id(), numberText, title,
                stored.sha256()));
        return new OfficialDocument(id, unit.countyCode(), unit.id(), type.code(), request.template(), title, numberText,
                date, stored.id(), stored.sha256(), null, request.ownerModule(), request.ownerType(), request.ownerId(),
                actor, now.toInstant());
    }

    /** The document if it lies in the scope; another unit's document is reported as absent. */
    public Optional<OfficialDocument> find(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM files_document d WHERE d.id = :id AND " + scope.on("d.county_code", "d.unit_id"))
                .params(params).query(OfficialDocuments::document).optional();
    }

    public OfficialDocument get(long id, ScopeFilter scope) {
        return find(id, scope).orElseThrow(() -> BusinessException.notFound("公文不存在或不在您的数据范围内"));
    }

    /** The stored docx of a document in scope. */
    public Attachment docx(long id, ScopeFilter scope) {
        return attachments.byId(get(id, scope).attachmentId());
    }

    /**
     * The PDF of a document in scope, made and stored on first request. The document row is locked meanwhile, so two
     * simultaneous first requests make one PDF.
     *
     * @throws BusinessException (conflict) when the server has no CJK font; the docx remains available
     */
    @Transactional
    public Attachment pdf(long id, ScopeFilter scope) {
        OfficialDocument document = get(id, scope);
        Long existing = jdbc.sql("SELECT pdf_attachment_id FROM files_document WHERE id = :id FOR UPDATE")
                .param("id", id).query(Long.class).optional().orElse(null);
        if (existing != null) {
            return attachments.byId(existing);
        }
        Attachment source = attachments.byId(document.attachmentId());
        byte[] docxBytes;
        try (InputStream in = attachments.open(source)) {
            docxBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 Word 文书", e);
        }
        byte[] pdfBytes = pdf.render(docxBytes, document.title());
        String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");
        AttachmentUpload upload = AttachmentUpload.of(document.countyCode(), document.unitId(),
                        fileName(document.number(), document.title(), "pdf"), actor)
                .ownedBy("files", "files_document", Long.toString(id));
        Attachment stored = attachments.store(upload, pdfBytes);
        jdbc.sql("""
                        UPDATE files_document SET pdf_attachment_id = :pdf, updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id""")
                .param("pdf", stored.id()).param("at", Timestamp.from(clock.instant())).param("by", actor).param("id", id)
                .update();
        events.publishEvent(new OfficialDocumentPdfCreated(document.countyCode(), actor, id, stored.id(), stored.sha256()));
        return stored;
    }

    /** Documents in scope, newest first. */
    public Page<OfficialDocument> list(ScopeFilter scope, Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("d.county_code", "d.unit_id"));
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            where.append(" AND (d.title ILIKE :keyword ESCAPE '\\' OR d.number_text ILIKE :keyword ESCAPE '\\')");
            params.put("keyword", "%" + Attachments.likeEscape(filter.keyword().strip()) + "%");
        }
        if (filter.docType() != null && !filter.docType().isBlank()) {
            where.append(" AND d.doc_type = :type");
            params.put("type", filter.docType());
        }
        if (filter.year() != null) {
            if (filter.year() < 1949 || filter.year() > 9999) {
                throw BusinessException.invalid("年度应为 1949 至 9999 之间的四位数字");
            }
            where.append(" AND d.document_date >= :from AND d.document_date < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.unitId() != null) {
            where.append(" AND d.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        long total = jdbc.sql("SELECT count(*) FROM files_document d" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<OfficialDocument> items = jdbc.sql("SELECT " + COLUMNS + " FROM files_document d" + where
                        + " ORDER BY d.generated_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(OfficialDocuments::document).list();
        return Page.of(items, total, page);
    }

    private static String required(String value, String label, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw BusinessException.invalid("请填写" + label);
        }
        if (text.length() > max) {
            throw BusinessException.invalid(label + "不能超过 " + max + " 个字");
        }
        return text;
    }

    /** Clerks often type the two-character indent themselves; the template's style indents already. */
    private static String cleanParagraph(String paragraph) {
        return paragraph == null ? "" : paragraph.replaceAll("^[\\s\u3000]+|[\\s\u3000]+$", "");
    }

    /** 主送机关 ends with a full-width colon (GB/T 9704-2012 7.3.2). */
    static String recipient(String recipient) {
        String text = recipient == null ? "" : recipient.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.endsWith("：") ? text : text + "：";
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** A file name a clerk recognises, e.g. {@code 示政〔2026〕3号 关于…的通知.docx}, without characters Windows refuses. */
    static String fileName(String number, String title, String extension) {
        String base = (number == null ? "" : number + " ") + title;
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + "." + extension;
    }

    private static OfficialDocument document(ResultSet rs, int n) throws SQLException {
        return new OfficialDocument(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("doc_type"), rs.getString("template"), rs.getString("title"), rs.getString("number_text"),
                rs.getObject("document_date", LocalDate.class), rs.getLong("attachment_id"), rs.getString("sha256"),
                rs.getObject("pdf_attachment_id", Long.class), rs.getString("owner_module"), rs.getString("owner_type"),
                rs.getString("owner_id"), rs.getString("generated_by"), rs.getTimestamp("generated_at").toInstant());
    }
}
