package org.fazhi.worklist;

import org.fazhi.org.OrgDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dresses stored items for display (列表行): unit names and remaining time as of today. */
@Component
class ItemRows {

    private final OrgDirectory org;
    private final WorklistLights lights;

    ItemRows(OrgDirectory org, WorklistLights lights) {
        this.org = org;
        this.lights = lights;
    }

    /**
     * The rows have already been selected within the caller's scope, so their units may be named without a scope
     * check; names are looked up once per unit.
     */
    List<ItemRow> rows(List<WorkItem> items) {
        LocalDate today = lights.today();
        Map<Long, String> names = new HashMap<>();
        return items.stream()
                .map(item -> ItemRow.of(item, names.computeIfAbsent(item.unitId(),
                        id -> org.unitById(id).map(OrgDirectory.UnitRef::name).orElse("#" + id)), lights, today))
                .toList();
    }
}
