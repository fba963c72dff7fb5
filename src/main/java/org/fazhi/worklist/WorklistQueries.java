package org.fazhi.worklist;

import org.fazhi.org.ScopeFilter;
import org.springframework.stereotype.Service;

import java.util.Map;

/** Read API of the worklist for other modules, e.g. the dashboard's light figures (待办统计). */
@Service
public class WorklistQueries {

    private final WorkItems items;

    WorklistQueries(WorkItems items) {
        this.items = items;
    }

    /** Open items in the scope by light: {@code RED}, {@code YELLOW}, {@code GREEN}, each present (0 when none). */
    public Map<Light, Long> lightCounts(ScopeFilter scope) {
        return items.lightCounts(scope);
    }
}
