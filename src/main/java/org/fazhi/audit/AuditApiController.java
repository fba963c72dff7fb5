package org.fazhi.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: the audit log and its verification over JSON. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计", description = "全过程记录：审计日志查询与哈希链校验")
class AuditApiController {

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditApiController(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('" + AuditPermissions.VIEW + "')")
    @Operation(summary = "分页查询本人数据范围内的审计记录（按时间倒序，每页最多 200 条）")
    Page<AuditEntry> entries(@ParameterObject @ModelAttribute AuditSearch search,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return log.search(CurrentUser.require(), search, PageQuery.of(page, size));
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('" + AuditPermissions.VERIFY + "')")
    @Operation(summary = "校验本人数据范围内各县审计哈希链，返回各链记录数、链头哈希或首个异常记录；校验本身留痕")
    VerificationReport verify() {
        return verifier.verifyAndRecord(CurrentUser.require());
    }
}
