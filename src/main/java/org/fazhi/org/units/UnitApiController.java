package org.fazhi.org.units;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.UnitKind;
import org.fazhi.org.web.Lists;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/org/units}: the units in the caller's data scope. */
@RestController
@RequestMapping("/api/v1/org/units")
@Tag(name = "单位", description = "组织机构树中的单位（按数据范围过滤）")
class UnitApiController {

    private final Units units;

    UnitApiController(Units units) {
        this.units = units;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:unit:view')")
    @Operation(summary = "分页查询本人数据范围内的单位")
    Page<Unit> list(@Parameter(description = "名称或简称包含") @RequestParam(required = false) String name,
                    @Parameter(description = "单位类型，如 DEPARTMENT 或 部门") @RequestParam(required = false) String kind,
                    @Parameter(description = "状态：ACTIVE 正常（默认）、CLOSED 已撤销、ALL 全部")
                    @RequestParam(required = false) String status,
                    @Parameter(description = "页码，从 1 开始") @RequestParam(required = false) Integer page,
                    @Parameter(description = "每页条数，最多 200") @RequestParam(required = false) Integer size) {
        UnitKind parsedKind = null;
        if (Lists.blankToNull(kind) != null) {
            parsedKind = UnitKind.fromLabel(kind.trim())
                    .orElseThrow(() -> BusinessException.invalid("未知的单位类型：" + kind));
        }
        String parsedStatus = status == null ? Unit.ACTIVE : switch (status) {
            case Unit.ACTIVE, Unit.CLOSED -> status;
            case "ALL" -> null;
            default -> throw BusinessException.invalid("状态只能是 ACTIVE、CLOSED 或 ALL");
        };
        CurrentUser user = CurrentUser.require();
        return units.page(user.filter(), new UnitFilter(Lists.blankToNull(name), parsedKind, null, parsedStatus, null),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:unit:view')")
    @Operation(summary = "查询一个单位；不在本人数据范围内的单位视为不存在（404）")
    Unit get(@PathVariable long id) {
        return units.find(id, CurrentUser.require().filter())
                .orElseThrow(() -> BusinessException.notFound(UnitManagement.NOT_FOUND));
    }
}
