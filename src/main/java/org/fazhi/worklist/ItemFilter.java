package org.fazhi.worklist;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * Filters of a to-do list (待办筛选条件).
 *
 * @param status  {@code OPEN} (default), {@code DONE} or {@code ALL}
 * @param light   only items of this light, or any
 * @param keyword part of the title
 * @param module  only items of this source module
 */
record ItemFilter(String status, @Nullable Light light, @Nullable String keyword, @Nullable String module) {

    ItemFilter {
        status = status == null || status.isBlank() ? "OPEN" : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!status.equals("OPEN") && !status.equals("DONE") && !status.equals("ALL")) {
            throw BusinessException.invalid("状态只能是 OPEN（待办）、DONE（已办结）或 ALL（全部）");
        }
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
        if (keyword != null && keyword.length() > 100) {
            throw BusinessException.invalid("关键词不能超过 100 个字符");
        }
        module = module == null || module.isBlank() ? null : module.strip();
        if (module != null && !module.matches("[a-z]{1,32}")) {
            throw BusinessException.invalid("来源模块不正确");
        }
    }

    static ItemFilter of(@Nullable String status, @Nullable String light, @Nullable String keyword,
                         @Nullable String module) {
        Light parsed = null;
        if (light != null && !light.isBlank()) {
            try {
                parsed = Light.valueOf(light.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("期限灯只能是 RED（逾期）、YELLOW（临期）、GREEN（正常）或 GREY（已办结）");
            }
        }
        return new ItemFilter(status == null ? "OPEN" : status, parsed, keyword, module);
    }

    /** SQL conditions on alias {@code t}, starting with " AND ", with their parameters put into {@code params}. */
    String sql(Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (!status.equals("ALL")) {
            where.append(" AND t.status = :status");
            params.put("status", status);
        }
        if (light != null) {
            where.append(" AND t.light = :light");
            params.put("light", light.name());
        }
        if (keyword != null) {
            where.append(" AND t.title LIKE :keyword ESCAPE '\\'");
            params.put("keyword", "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (module != null) {
            where.append(" AND t.source_module = :module");
            params.put("module", module);
        }
        return where.toString();
    }
}
