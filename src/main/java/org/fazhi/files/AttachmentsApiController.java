package org.fazhi.files;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Attachments API (附件接口). */
@RestController
@RequestMapping("/api/v1/files/attachments")
@Tag(name = "附件", description = "上传（类型与大小校验、按内容去重）、查询与下载附件")
class AttachmentsApiController {

    private final Attachments attachments;
    private final ScopedUnits units;

    AttachmentsApiController(Attachments attachments, ScopedUnits units) {
        this.attachments = attachments;
        this.units = units;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    @Operation(summary = "上传附件", description = "允许 pdf、docx、xlsx、doc、xls、ofd、jpg、png，按扩展名和文件内容共同校验；"
            + "超过大小上限或类型不符时返回 400 且不保存任何内容。unitId 缺省为本人单位，ownerModule/ownerType/ownerId 关联业务对象。")
    ResponseEntity<Attachment> upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long unitId,
                                      @RequestParam(required = false) String ownerModule,
                                      @RequestParam(required = false) String ownerType,
                                      @RequestParam(required = false) String ownerId) {
        CurrentUser user = CurrentUser.require();
        OrgDirectory.UnitRef unit = units.require(user, unitId);
        if (ownerModule != null && !ownerModule.matches("[a-z][a-z0-9-]{0,31}")) {
            throw BusinessException.invalid("所属模块 ownerModule 只能由小写字母、数字和短横线组成");
        }
        AttachmentUpload upload = new AttachmentUpload(unit.countyCode(), unit.id(), ownerModule, limit(ownerType, 64),
                limit(ownerId, 64), file.getOriginalFilename(), user.username());
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(attachments.store(upload, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    @Operation(summary = "查询本人数据范围内的附件", description = "按文件名关键字、所属模块筛选，按上传时间倒序分页（每页最多 200 条）")
    Page<Attachment> list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String ownerModule,
                          @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return attachments.list(CurrentUser.require().filter(), new Attachments.Filter(keyword, ownerModule, unitId),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    @Operation(summary = "下载附件", description = "响应头 X-Content-SHA256 与 ETag 为内容的 SHA-256；不在本人数据范围内的附件返回 404")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        return Downloads.of(attachments.get(id, CurrentUser.require().filter()), attachments);
    }

    @GetMapping("/{id}/metadata")
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    @Operation(summary = "附件登记信息", description = "文件名、类型、大小、SHA-256、上传人和时间")
    Attachment metadata(@PathVariable long id) {
        return attachments.get(id, CurrentUser.require().filter());
    }

    private static String limit(String value, int max) {
        if (value != null && value.length() > max) {
            throw BusinessException.invalid("参数长度不能超过 " + max + " 个字符");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
