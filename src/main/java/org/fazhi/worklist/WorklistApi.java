package org.fazhi.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code /api/v1/worklist}: the signed-in user's to-do items. */
@RestController
@RequestMapping("/api/v1/worklist")
@Tag(name = "待办与预警", description = "我的待办与期限灯")
class WorklistApi {

    private final WorkItems items;
    private final ItemRows rows;

    WorklistApi(WorkItems items, ItemRows rows) {
        this.items = items;
        this.rows = rows;
    }

    /** One to-do item. */
    record ItemResponse(long id, String title, Light light, String status, LocalDate due,
                        @Nullable Integer remainingWorkingDays, @Nullable Long overdueDays, long unitId,
                        String unitName, @Nullable String assignee, String sourceModule, String sourceType,
                        String sourceId, String kind, @Nullable String citation, @Nullable String link) {

        static ItemResponse of(ItemRow row) {
            WorkItem i = row.item();
            return new ItemResponse(i.id(), i.title(), i.light(), i.status(), i.due(), row.remaining(),
                    row.overdueDays(), i.unitId(), row.unitName(), i.assignee(), i.sourceModule(), i.sourceType(),
                    i.sourceId(), i.kind(), i.citation(), i.link());
        }
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('worklist:view')")
    @Operation(summary = "我的待办：分配给我的事项和本单位未指定承办人的事项，待办在前、按届满日排序，分页（每页最多200条）")
    Page<ItemResponse> mine(
            @Parameter(description = "OPEN 待办（默认）、DONE 已办结、ALL 全部") @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "RED 逾期、YELLOW 临期、GREEN 正常、GREY 已办结") @RequestParam(required = false) @Nullable String light,
            @Parameter(description = "事项名称关键词") @RequestParam(required = false) @Nullable String keyword,
            @Parameter(description = "来源模块，如 reconsideration") @RequestParam(required = false) @Nullable String module,
            @Parameter(description = "页码，从 1 开始") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "每页条数，1–200") @RequestParam(required = false) @Nullable Integer size) {
        PageQuery query = PageQuery.of(page, size);
        Page<WorkItem> found = items.mine(CurrentUser.require(), ItemFilter.of(status, light, keyword, module), query);
        return Page.of(rows.rows(found.items()).stream().map(ItemResponse::of).toList(), found.total(), query);
    }
}
