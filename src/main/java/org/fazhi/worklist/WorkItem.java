package org.fazhi.worklist;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One to-do item (待办事项) as stored.
 *
 * @param status   {@code OPEN} or {@code DONE}
 * @param doneLate whether it was done after its last day ({@code null} while open)
 */
record WorkItem(long id, String countyCode, long unitId, @Nullable String assignee, String sourceModule,
                String sourceType, String sourceId, String kind, String title, LocalDate due,
                @Nullable String citation, @Nullable String link, String status, Light light,
                @Nullable Instant doneAt, @Nullable Boolean doneLate) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
