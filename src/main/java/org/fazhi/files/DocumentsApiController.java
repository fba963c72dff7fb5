package org.fazhi.files;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Official documents API (公文接口). */
@RestController
@RequestMapping("/api/v1/files/documents")
@Tag(name = "公文", description = "按 GB/T 9704 模板生成公文、编发文号、下载 Word 与 PDF")
class DocumentsApiController {

    private final OfficialDocuments documents;
    private final Attachments attachments;
    private final ScopedUnits units;

    DocumentsApiController(OfficialDocuments documents, Attachments attachments, ScopedUnits units) {
        this.documents = documents;
        this.attachments = attachments;
        this.units = units;
    }

    /**
     * A document to generate with the built-in 通用公文 template.
     *
     * @param unitId       发文单位, default the caller's unit
     * @param docType      文书类型代码 (notice, letter, reconsideration …)
     * @param numbered     whether to take a 发文字号 (default yes)
     * @param documentDate 成文日期, default today
     */
    record GenerateRequest(Long unitId, String docType, String title, String recipient, List<String> paragraphs,
                           String signature, LocalDate documentDate, Boolean numbered) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('files:document:generate')")
    @Operation(summary = "生成公文", description = "按通用公文模板（GB/T 9704-2012 版式）生成 Word 文书，按需编发文号"
            + "（同一代字同一年份连续不重号），保存文件及其 SHA-256")
    ResponseEntity<OfficialDocument> generate(@RequestBody GenerateRequest request) {
        CurrentUser user = CurrentUser.require();
        OrgDirectory.UnitRef unit = units.require(user, request.unitId());
        DocumentRequest document = new DocumentRequest(unit.id(), request.docType(), DocumentRequest.OFFICIAL_LETTER,
                request.title(), request.recipient(), request.paragraphs(), null, request.signature(),
                request.documentDate(), request.numbered() == null || request.numbered(), null, null, null, null);
        return ResponseEntity.status(HttpStatus.CREATED).body(documents.generate(document));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('files:document:generate')")
    @Operation(summary = "查询本人数据范围内的公文", description = "按标题或文号关键字、文书类型、年份筛选，分页（每页最多 200 条）")
    Page<OfficialDocument> list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String docType,
                                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return documents.list(CurrentUser.require().filter(), new OfficialDocuments.Filter(keyword, docType, year, null),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('files:document:generate')")
    @Operation(summary = "公文登记信息")
    OfficialDocument get(@PathVariable long id) {
        return documents.get(id, CurrentUser.require().filter());
    }

    @GetMapping("/{id}.docx")
    @PreAuthorize("hasAuthority('files:document:generate')")
    @Operation(summary = "下载公文 Word 文件", description = "X-Content-SHA256 为登记的哈希")
    ResponseEntity<InputStreamResource> docx(@PathVariable long id) {
        return Downloads.of(documents.docx(id, CurrentUser.require().filter()), attachments);
    }

    @GetMapping("/{id}.pdf")
    @PreAuthorize("hasAuthority('files:document:generate')")
    @Operation(summary = "下载公文 PDF", description = "首次请求时生成并保存（嵌入中文字体）；服务器无中文字体时返回 409 并说明安装方法")
    ResponseEntity<InputStreamResource> pdf(@PathVariable long id) {
        return Downloads.of(documents.pdf(id, CurrentUser.require().filter()), attachments);
    }
}
