package org.fazhi.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about one supervision item (督办事项详情): the item, its units, requirements with progress, pending and
 * decided requests, children, and its full history.
 */
public record ItemDetail(Item item, List<Items.Assignment> assignments, List<Targets.Tracked> requirements,
                         List<Request> requests, List<Item> children, List<Items.HistoryEntry> history) {

    /** An extension, pause or completion request and its decision. */
    public record Request(long id, String kind, String kindLabel, long unitId, String reason, LocalDate requestedDue,
                          String status, String statusLabel, String decisionNote, String requestedBy,
                          Instant requestedAt, String decidedBy, Instant decidedAt) {
        public boolean pending() {
            return "PENDING".equals(status);
        }
    }
}
