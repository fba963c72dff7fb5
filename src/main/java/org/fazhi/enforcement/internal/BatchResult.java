package org.fazhi.enforcement.internal;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The answer to a batch (批量报送结果): the batch's outcome and one line per row.
 *
 * @param batchId   the sender's batch id
 * @param status    {@code ACCEPTED} (stored), {@code REJECTED} (nothing stored, see the rows' errors) or
 *                  {@code REPLAYED} (this batch was received before; nothing changed)
 * @param received  rows in the batch
 * @param created   rows newly stored by this call
 * @param unchanged rows already stored with the same content (replays), not stored again
 * @param rows      per-row results in the order sent
 */
public record BatchResult(String batchId, String status, int received, int created, int unchanged, List<RowResult> rows) {

    /**
     * @param row        1-based position in the batch (or Excel row number)
     * @param decisionNo the decision number as sent
     * @param status     {@code CREATED}, {@code UNCHANGED} or {@code REJECTED}
     * @param id         the stored record's id
     * @param errors     what is wrong with the row, in Chinese
     */
    public record RowResult(int row, @Nullable String decisionNo, String status, @Nullable Long id,
                            List<RecordRules.FieldError> errors) {
    }

    public boolean accepted() {
        return !"REJECTED".equals(status);
    }
}
