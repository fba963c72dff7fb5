package org.fazhi.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The second call of the import (确认导入): the same text, and every decision the review asked for.
 *
 * @param text        the plan text as previewed (parsed again, so nothing unseen is saved)
 * @param title       the plan title, default the parsed one
 * @param year        the plan year, default the parsed one
 * @param defaultDue  the completion date of tasks whose text names none (e.g. the year's 12-31), required
 * @param resolutions for every name under review, the unit ids it stands for (an empty list: assign nobody)
 * @param proposals   the proposals accepted, possibly with corrected date or value; the rest are dropped
 */
public record PlanConfirmation(String text, String title, Integer year, LocalDate defaultDue,
                               Map<String, List<Long>> resolutions, List<AcceptedProposal> proposals) {

    /** A proposal kept: task number, its index in the preview, and the confirmed date or value. */
    public record AcceptedProposal(int task, int index, LocalDate date, BigDecimal value) {
    }
}
