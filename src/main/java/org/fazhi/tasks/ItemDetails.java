package org.fazhi.tasks;

import org.fazhi.org.DataScope;
import org.fazhi.org.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** Assembles an item's detail within the viewer's scope (督办事项详情). */
@Service
class ItemDetails {

    private final Items items;
    private final Targets targets;
    private final JdbcClient jdbc;

    ItemDetails(Items items, Targets targets, JdbcClient jdbc) {
        this.items = items;
        this.targets = targets;
        this.jdbc = jdbc;
    }

    ItemDetail of(long id, ScopeFilter scope) {
        Item item = items.get(id, scope);
        List<Items.Assignment> assignments = items.assignments(id);
        ScopeFilter county = new ScopeFilter(DataScope.COUNTY, item.countyCode(), null, null);
        return new ItemDetail(item, assignments, targets.of(item, assignments, county), requests(id),
                items.children(id, scope), items.history(id));
    }

    List<ItemDetail.Request> requests(long itemId) {
        return jdbc.sql("""
                        SELECT id, kind, unit_id, reason, requested_due, status, decision_note, requested_by, requested_at,
                            decided_by, decided_at FROM task_request WHERE item_id = :id ORDER BY requested_at DESC, id DESC""")
                .param("id", itemId)
                .query((rs, n) -> new ItemDetail.Request(rs.getLong("id"), rs.getString("kind"), switch (rs.getString("kind")) {
                    case "EXTENSION" -> "延期申请";
                    case "PAUSE" -> "暂停申请";
                    default -> "办结申请";
                }, rs.getLong("unit_id"), rs.getString("reason"), rs.getObject("requested_due", LocalDate.class),
                        rs.getString("status"), switch (rs.getString("status")) {
                    case "PENDING" -> "待审核";
                    case "APPROVED" -> "已同意";
                    default -> "未同意/退回";
                }, rs.getString("decision_note"), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
